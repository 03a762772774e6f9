package dev.clvops.reports.pdf;

import dev.clvops.reports.documents.Block;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.documents.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Renders a report document as an A4 PDF (see the package documentation). Thread-safe. */
public final class PdfRenderer {

    static final float MARGIN = 48;
    private final Formats formats;
    private final @Nullable Path logo;

    /** {@code logo} is an optional PNG printed in the page header. */
    public PdfRenderer(Formats formats, @Nullable Path logo) {
        this.formats = formats;
        this.logo = logo;
    }

    public byte[] render(ReportDocument report) {
        PdfFonts fonts = new PdfFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN + 22, MARGIN + 8);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageFrame(fonts, report, formats, logo));
        document.addTitle(report.title());
        document.addAuthor(report.provenance().company());
        document.addCreator("clvops");
        document.open();
        PdfBlocks blocks = new PdfBlocks(document, writer, fonts, new ChartImages(formats),
                document.getPageSize().getWidth() - 2 * MARGIN);
        document.add(title(report, fonts));
        for (Block block : report.blocks()) {
            blocks.add(block);
        }
        document.close();
        return out.toByteArray();
    }

    private Paragraph title(ReportDocument report, PdfFonts fonts) {
        Paragraph title = new Paragraph();
        title.add(new Paragraph(report.title(), PdfBlocks.font(fonts.bold, 20, PdfBlocks.INK)));
        title.add(new Paragraph(report.subtitle(), PdfBlocks.font(fonts.regular, 10, PdfBlocks.MUTED)));
        Paragraph provenance = new Paragraph(report.provenance().line(formats),
                PdfBlocks.font(fonts.regular, 8, PdfBlocks.MUTED));
        provenance.setSpacingAfter(6);
        title.add(provenance);
        return title;
    }
}
