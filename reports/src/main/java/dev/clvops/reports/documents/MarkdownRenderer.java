package dev.clvops.reports.documents;

import java.util.ArrayList;
import java.util.List;

/** Renders a report as GitHub-flavoured Markdown; charts become tables of their data. */
public final class MarkdownRenderer {

    private final Formats formats;

    public MarkdownRenderer(Formats formats) {
        this.formats = formats;
    }

    public String render(ReportDocument document) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(document.title()).append("\n\n");
        md.append("_").append(document.subtitle()).append("_\n\n");
        md.append("> ").append(document.provenance().line(formats)).append("\n\n");
        for (Block block : document.blocks()) {
            block(md, block);
        }
        return md.toString();
    }

    private void block(StringBuilder md, Block block) {
        switch (block) {
            case Block.Heading h -> md.append("## ").append(h.text()).append("\n\n");
            case Block.Paragraph p -> md.append(p.text()).append("\n\n");
            case Block.Note n -> md.append("_").append(n.text()).append("_\n\n");
            case Block.Bullets b -> {
                b.items().forEach(item -> md.append("- ").append(item).append('\n'));
                md.append('\n');
            }
            case Block.Tiles t -> table(md, List.of("Figure", "Value", "Change vs previous report"),
                    List.of(false, true, true), t.tiles().stream().map(tile -> List.of(tile.label(), tile.value(),
                            tile.change() == null ? "–" : tile.change())).toList());
            case Block.Table t -> {
                table(md, t.header(), t.numeric(), t.rows());
                if (t.note() != null) {
                    md.append("_").append(t.note()).append("_\n\n");
                }
            }
            case Block.Chart c -> chart(md, c.spec());
            case Block.PageBreak ignored -> { }
        }
    }

    private void chart(StringBuilder md, ChartSpec spec) {
        md.append("**").append(spec.title()).append("**\n\n");
        List<String> header = new ArrayList<>(List.of(spec.xLabel()));
        spec.series().forEach(s -> header.add(s.name()));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        spec.series().forEach(s -> numeric.add(true));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < spec.categories().size(); i++) {
            List<String> row = new ArrayList<>(List.of(spec.categories().get(i)));
            for (ChartSpec.Series s : spec.series()) {
                double v = s.values().get(i);
                row.add(spec.percent() ? formats.percent(v) : formats.decimal(v, v == Math.rint(v) ? 0 : 2));
            }
            rows.add(row);
        }
        table(md, header, numeric, rows);
    }

    private static void table(StringBuilder md, List<String> header, List<Boolean> numeric, List<List<String>> rows) {
        md.append(row(header)).append('\n');
        md.append(row(numeric.stream().map(n -> n ? "---:" : "---").toList())).append('\n');
        rows.forEach(r -> md.append(row(r)).append('\n'));
        md.append('\n');
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |";
    }
}
