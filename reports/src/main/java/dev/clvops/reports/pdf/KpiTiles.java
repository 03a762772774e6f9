package dev.clvops.reports.pdf;

import dev.clvops.reports.documents.Block;
import java.awt.Color;
import java.util.List;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Headline figures as a grid of three tiles per row: label, value, change against the previous report. */
final class KpiTiles {

    private static final int COLUMNS = 3;
    private static final Color UP = new Color(0x2E7D32);
    private static final Color DOWN = new Color(0xC62828);
    private final PdfFonts fonts;

    KpiTiles(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfPTable table(List<Block.Tile> tiles) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        tiles.forEach(tile -> table.addCell(tile(tile)));
        for (int i = tiles.size() % COLUMNS; i != 0 && i < COLUMNS; i++) {
            table.addCell(empty());
        }
        return table;
    }

    private PdfPCell tile(Block.Tile tile) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(PdfBlocks.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(6);
        cell.setPaddingBottom(8);
        cell.addElement(new Paragraph(tile.label(), PdfBlocks.font(fonts.regular, 8, PdfBlocks.MUTED)));
        cell.addElement(new Paragraph(18, tile.value(), PdfBlocks.font(fonts.bold, 15, PdfBlocks.INK)));
        String change = tile.change() == null ? "first report" : tile.change() + " vs previous";
        cell.addElement(new Paragraph(change, PdfBlocks.font(fonts.regular, 7.5f, color(tile.change()))));
        return cell;
    }

    private static Color color(String change) {
        if (change == null || !(change.startsWith("+") || change.startsWith("-") || change.startsWith("−"))) {
            return PdfBlocks.MUTED;
        }
        return change.startsWith("+") ? UP : DOWN;
    }

    private static PdfPCell empty() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(0);
        return cell;
    }
}
