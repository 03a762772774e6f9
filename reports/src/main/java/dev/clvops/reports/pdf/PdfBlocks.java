package dev.clvops.reports.pdf;

import dev.clvops.reports.documents.Block;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/** Adds the blocks of a report to an open OpenPDF document. */
final class PdfBlocks {

    static final Color INK = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x5F6B7A);
    static final Color RULE = new Color(0xC8CED6);
    static final Color ACCENT = new Color(0x1F4E79);
    private static final Color SHADE = new Color(0xEEF2F7);
    private static final int CHART_HEIGHT = 210;
    private static final float MIN_BELOW_HEADING = 110;
    private static final int KEEP_TOGETHER_ROWS = 12;

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final ChartImages charts;
    private final float width;

    PdfBlocks(Document document, PdfWriter writer, PdfFonts fonts, ChartImages charts, float width) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.charts = charts;
        this.width = width;
    }

    static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    void add(Block block) {
        switch (block) {
            case Block.Heading h -> heading(h.text());
            case Block.Paragraph p -> document.add(spaced(new Paragraph(12, p.text(), font(fonts.regular, 9.5f, INK)),
                    0, 4));
            case Block.Note n -> document.add(spaced(new Paragraph(10, n.text(), font(fonts.regular, 7.5f, MUTED)),
                    0, 4));
            case Block.Bullets b -> document.add(bullets(b.items()));
            case Block.Tiles t -> document.add(new KpiTiles(fonts).table(t.tiles()));
            case Block.Table t -> table(t);
            case Block.Chart c -> document.add(chart(c));
            case Block.PageBreak ignored -> document.newPage();
        }
    }

    /** A heading never ends a page: with less than {@link #MIN_BELOW_HEADING} left, it starts the next one. */
    private void heading(String text) {
        if (writer.getVerticalPosition(true) - document.bottom() < MIN_BELOW_HEADING) {
            document.newPage();
        }
        document.add(spaced(new Paragraph(text, font(fonts.bold, 13, ACCENT)), 12, 4));
    }

    private org.openpdf.text.List bullets(List<String> items) {
        org.openpdf.text.List list = new org.openpdf.text.List(false, 10);
        list.setListSymbol(new Chunk("•", font(fonts.regular, 9.5f, ACCENT)));
        for (String item : items) {
            ListItem li = new ListItem(12, item, font(fonts.regular, 9.5f, INK));
            li.setSpacingAfter(3);
            list.add(li);
        }
        return list;
    }

    private void table(Block.Table t) {
        float[] widths = new float[t.header().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 2.2f : 1f;
        }
        if (widths.length == 2) {
            widths[1] = 3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setKeepTogether(t.rows().size() <= KEEP_TOGETHER_ROWS);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        for (int i = 0; i < t.header().size(); i++) {
            table.addCell(cell(t.header().get(i), t.numeric().get(i), true));
        }
        for (List<String> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), t.numeric().get(i), false));
            }
        }
        document.add(table);
        if (t.note() != null) {
            add(new Block.Note(t.note()));
        }
    }

    private PdfPCell cell(String text, boolean numeric, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(header ? fonts.bold : fonts.regular, 8.5f, INK)));
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3.5f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.4f);
        if (header) {
            cell.setBackgroundColor(SHADE);
        }
        return cell;
    }

    private Image chart(Block.Chart c) {
        int w = Math.round(width);
        try {
            Image image = Image.getInstance(charts.png(c.spec(), w, CHART_HEIGHT));
            image.scaleAbsolute(w, CHART_HEIGHT);
            image.setAlignment(Image.MIDDLE);
            image.setSpacingBefore(4);
            image.setSpacingAfter(8);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed chart " + c.spec().title(), e);
        }
    }

    private static Paragraph spaced(Paragraph p, float before, float after) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }
}
