package dev.clvops.reports.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: page count, extracted text (spaces normalised), images and fonts. */
record PdfPages(int pages, String text, int images, boolean allFontsEmbedded) {

    static PdfPages read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            int images = 0;
            boolean embedded = true;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embedded &= font.isEmbedded();
                }
            }
            return new PdfPages(pdf.getNumberOfPages(), normalise(new PDFTextStripper().getText(pdf)), images,
                    embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[ \\t]+", " ");
    }
}
