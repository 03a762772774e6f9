package dev.clvops.reports.documents;

import java.util.List;

/** One report, renderer-independent: a title, where its numbers come from, and its blocks in reading order. */
public record ReportDocument(String title, String subtitle, Provenance provenance, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** The charts of the document, in order. */
    public List<Block.Chart> charts() {
        return blocks.stream().filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast).toList();
    }
}
