package dev.clvops.reports.content;

import dev.clvops.reports.documents.Block;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.documents.Provenance;
import dev.clvops.reports.documents.ReportDocument;
import dev.clvops.reports.facts.ReportFacts;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the document of each report kind from an analytics run's facts. */
public final class ReportContents {

    private final Formats formats;
    private final String company;
    private final Sections sections;

    /** {@code topRows} caps every table; a note says what was left out. */
    public ReportContents(Formats formats, String company, int topRows) {
        if (topRows < 1) {
            throw new IllegalArgumentException("topRows must be positive: " + topRows);
        }
        this.formats = formats;
        this.company = company;
        this.sections = new Sections(formats, topRows);
    }

    public ReportDocument build(ReportKind kind, ReportFacts facts, @Nullable Comparison comparison,
                                Instant generatedAt) {
        Provenance provenance = new Provenance(company, facts.dataUpTo(), facts.run().snapshotId(),
                facts.run().runId(), facts.model().label(), generatedAt);
        List<Block> blocks = switch (kind) {
            case EXECUTIVE -> new ExecutiveSummary(formats, sections).blocks(facts, comparison);
            case CLV -> new ClvRetentionReport(formats, sections).blocks(facts);
            case SEGMENTS -> new GroupReports(formats, sections).segments(facts);
            case PERSONAS -> new GroupReports(formats, sections).personas(facts);
            case OVERVIEW -> new BusinessOverview(formats, sections).blocks(facts, comparison);
        };
        String subtitle = company + " · " + formats.count(facts.customers().customers()) + " customers · orders up to "
                + (facts.dataUpTo() == null ? "(none)" : formats.date(facts.dataUpTo()));
        return new ReportDocument(kind.title(), subtitle, provenance, blocks);
    }
}
