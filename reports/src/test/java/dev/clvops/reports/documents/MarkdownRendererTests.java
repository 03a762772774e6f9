package dev.clvops.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final Formats formats = Formats.of("en-US", "USD");
    private final Provenance provenance = new Provenance("Acme", LocalDate.of(2025, 12, 31), 7, 9, "bgnbd v2",
            Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void writesTitleProvenanceAndEveryBlock() {
        ReportDocument document = new ReportDocument("Title", "Sub", provenance, List.of(new Block.Heading("KPIs"),
                new Block.Tiles(List.of(new Block.Tile("Revenue", "$10", "+5.0%"), new Block.Tile("Orders", "3",
                        null))), new Block.Bullets(List.of("one", "two")), new Block.PageBreak(),
                new Block.Note("small print")));

        String md = new MarkdownRenderer(formats).render(document).replace('\u202f', ' ');

        assertThat(md).startsWith("# Title\n\n_Sub_\n\n> Data up to Dec 31, 2025 · snapshot 7 · analytics run 9"
                + " · model bgnbd v2 · generated Jan 5, 2026, 8:00 AM UTC")
                .contains("## KPIs", "| Revenue | $10 | +5.0% |", "| Orders | 3 | – |", "- one\n- two",
                        "_small print_");
    }

    @Test
    void rendersTablesWithAlignmentEscapedPipesAndTheCutNote() {
        Block.Table table = new Block.Table(List.of("Name", "Value"), List.of(false, true),
                List.of(List.of("a|b", "1")), "Top 1 of 3 rows shown.");

        String md = new MarkdownRenderer(formats).render(new ReportDocument("T", "S", provenance, List.of(table)));

        assertThat(md).contains("| Name | Value |\n| --- | ---: |\n| a\\|b | 1 |\n", "_Top 1 of 3 rows shown._");
    }

    @Test
    void printsChartDataAsATableInTheLocale() {
        ChartSpec spec = new ChartSpec("Retention", ChartSpec.Type.LINE, "Month", "Share", true,
                List.of("2025-01", "2025-02"), List.of(new ChartSpec.Series("Month 1", List.of(0.25, 0.125))));

        String md = new MarkdownRenderer(Formats.of("de-DE", "EUR")).render(new ReportDocument("T", "S", provenance,
                List.of(new Block.Chart(spec))));

        assertThat(md.replace('\u00a0', ' ')).contains("**Retention**", "| Month | Month 1 |",
                "| 2025-01 | 25,0 % |", "| 2025-02 | 12,5 % |");
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> new Block.Table(List.of("a", "b"), List.of(false, true), List.of(List.of("1")),
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells");
    }
}
