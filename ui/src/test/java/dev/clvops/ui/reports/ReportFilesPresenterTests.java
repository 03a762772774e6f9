package dev.clvops.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.reports.StoredReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFilesPresenterTests {

    @Test
    void previewsTheFirstPdfEvenWhenMarkdownComesFirst() {
        StoredReport markdown = report(1, "md");
        StoredReport pdf = report(2, "pdf");

        assertThat(ReportFilesPresenter.firstPdf(List.of(markdown, pdf))).isEqualTo(pdf);
        assertThat(ReportFilesPresenter.firstPdf(List.of(markdown))).isEqualTo(markdown);
    }

    @Test
    void sizesReadAsKibibytesOrMebibytes() {
        assertThat(ReportFilesPresenter.size(12_800)).isEqualTo("12.5 KiB");
        assertThat(ReportFilesPresenter.size(3 * 1024 * 1024)).isEqualTo("3.0 MiB");
    }

    @Test
    void formatsAreNamedForPeople() {
        assertThat(ReportFilesPresenter.format(report(1, "pdf"))).isEqualTo("PDF");
        assertThat(ReportFilesPresenter.format(report(1, "md"))).isEqualTo("Markdown");
    }

    private static StoredReport report(long id, String format) {
        return new StoredReport(id, 1, "executive", format, "Executive summary", "executive." + format, 100, "sha",
                Instant.EPOCH);
    }
}
