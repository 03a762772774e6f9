package dev.clvops.reports.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.content.ReportKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceIT {

    @TempDir
    Path directory;

    @Test
    void generatesEveryReportAsPdfAndMarkdownWithItsProvenance() throws IOException {
        var analytics = ReportFixture.analysed(true);

        ReportRun run = service().generateAll();

        assertThat(run.reports()).hasSize(10);
        assertThat(run.analyticsRunId()).isEqualTo(analytics.runId());
        assertThat(run.modelVersion()).isEqualTo("bgnbd v1");
        assertThat(run.dataUpTo()).isNotNull();
        for (StoredReport report : run.reports()) {
            Path file = directory.resolve(Long.toString(run.reportRunId())).resolve(report.fileName());
            assertThat(file).isRegularFile();
            assertThat(Files.size(file)).isEqualTo(report.sizeBytes());
        }
        Path markdown = service().download(run.reports().stream().filter(r -> r.kind().equals(ReportKind.SEGMENTS.cliName())
                && r.format().equals("md")).findFirst().orElseThrow().reportId());
        assertThat(Files.readString(markdown)).startsWith("# RFM segment report")
                .contains("snapshot " + analytics.snapshotId(), "| Segment | Customers |", "Retention playbook");
    }

    @Test
    void listsRunsNewestFirstAndRegeneratesOnDemand() {
        ReportFixture.analysed(true);
        ReportService service = service();
        ReportRun first = service.generate(List.of(ReportKind.CLV));

        ReportRun second = service.generate(List.of(ReportKind.CLV, ReportKind.PERSONAS));

        assertThat(service.runs()).extracting(ReportRun::reportRunId)
                .containsExactly(second.reportRunId(), first.reportRunId());
        assertThat(second.reports()).extracting(StoredReport::fileName)
                .containsExactlyInAnyOrder("clv.pdf", "clv.md", "personas.pdf", "personas.md");
        assertThat(service.run(first.reportRunId()).orElseThrow().reports()).hasSize(2);
    }

    @Test
    void zipsEveryFileOfARun() throws IOException {
        ReportFixture.analysed(false);
        ReportService service = service();
        ReportRun run = service.generate(List.of(ReportKind.OVERVIEW, ReportKind.SEGMENTS));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        service.zip(run.reportRunId(), zip);

        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName() + ":" + in.readAllBytes().length);
            }
        }
        assertThat(entries).containsExactlyInAnyOrderElementsOf(run.reports().stream()
                .map(r -> r.fileName() + ":" + r.sizeBytes()).toList());
    }

    @Test
    void refusesUnknownIdsAndMissingAnalytics() {
        TestDatabase.truncateAll();
        ReportService service = service();

        assertThatThrownBy(service::generateAll).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no completed analytics run");
        assertThatThrownBy(() -> service.download(404)).hasMessageContaining("no report 404");
        assertThatThrownBy(() -> service.zip(404, new ByteArrayOutputStream()))
                .hasMessageContaining("no report run 404");
    }

    private ReportService service() {
        return new ReportService(TestDatabase.dataSource(), new AnalyticsQueries(TestDatabase.dataSource()),
                () -> null, ReportSettings.defaults(directory), Clock.systemUTC());
    }
}
