package dev.clvops.reports.pdf;

import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.documents.ReportDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Header (logo, company, report title, rule) and footer (provenance, page number) of every page. */
final class PageFrame extends PdfPageEventHelper {

    private static final float LOGO_HEIGHT = 18;
    private final PdfFonts fonts;
    private final ReportDocument report;
    private final Formats formats;
    private final @Nullable Image logo;

    PageFrame(PdfFonts fonts, ReportDocument report, Formats formats, @Nullable Path logo) {
        this.fonts = fonts;
        this.report = report;
        this.formats = formats;
        this.logo = logo == null ? null : logo(logo);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.getPageSize().getHeight() - PdfRenderer.MARGIN + 6;
        float x = left;
        if (logo != null) {
            Image image = Image.getInstance(logo);
            image.scaleToFit(120, LOGO_HEIGHT);
            image.setAbsolutePosition(left, top - 4);
            canvas.addImage(image);
            x += image.getScaledWidth() + 8;
        }
        text(canvas, Element.ALIGN_LEFT, report.provenance().company(), true, 9, x, top);
        text(canvas, Element.ALIGN_RIGHT, report.title(), false, 9, right, top);
        canvas.setColorStroke(PdfBlocks.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 7);
        canvas.lineTo(right, top - 7);
        canvas.stroke();
        float bottom = PdfRenderer.MARGIN - 14;
        text(canvas, Element.ALIGN_LEFT, report.provenance().line(formats), false, 7, left, bottom);
        text(canvas, Element.ALIGN_RIGHT, "Page " + writer.getPageNumber(), false, 7, right, bottom);
    }

    private void text(PdfContentByte canvas, int align, String text, boolean bold, float size, float x, float y) {
        ColumnText.showTextAligned(canvas, align, new Phrase(text,
                PdfBlocks.font(bold ? fonts.bold : fonts.regular, size, PdfBlocks.MUTED)), x, y, 0);
    }

    private static Image logo(Path file) {
        try {
            return Image.getInstance(java.nio.file.Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report logo " + file, e);
        }
    }
}
