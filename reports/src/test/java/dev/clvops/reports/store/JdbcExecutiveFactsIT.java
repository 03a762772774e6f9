package dev.clvops.reports.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ExecutiveFacts;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.content.ReportKind;
import dev.clvops.reports.documents.Formats;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcExecutiveFactsIT {

    @TempDir
    Path directory;

    private final AnalyticsQueries analytics = new AnalyticsQueries(TestDatabase.dataSource());

    @Test
    void givesTheNumbersTheExecutivePdfPrints() {
        AnalyticsRun run = ReportFixture.analysed(true);
        ReportSettings settings = ReportSettings.defaults(directory);
        Formats f = settings.formats();

        ExecutiveFacts facts = facts(settings).latest().orElseThrow();
        String pdf = PdfPages.read(executivePdf(settings)).text();

        assertThat(facts.runId()).isEqualTo(run.runId());
        assertThat(facts.kpis().customers()).isEqualTo(analytics.kpis(run.runId(), null, null).customers());
        assertThat(facts.value().total()).isCloseTo(sum("clv"), within(1e-6));
        assertThat(facts.value().p10()).isCloseTo(sum("clv_p10"), within(1e-6));
        assertThat(facts.value().p90()).isCloseTo(sum("clv_p90"), within(1e-6));
        assertThat(pdf).contains(PdfPages.normalise(f.money(facts.value().total())),
                PdfPages.normalise(f.money(facts.value().p10())), PdfPages.normalise(f.money(facts.value().p90())),
                facts.topSegments().getFirst().name(), facts.topPersonas().getFirst().name());
        assertThat(facts.topSegments()).hasSizeLessThanOrEqualTo(5);
        assertThat(facts.recommendations()).hasSizeBetween(3, 5);
        assertThat(facts.model().family()).isEqualTo("bgnbd");
        assertThat(facts.model().drift()).isEqualTo("not monitored yet");
        assertThat(facts.churn().withPAlive()).isEqualTo(ReportFixture.CUSTOMERS);
        assertThat(facts.retentionTrend()).isNotEmpty();
    }

    @Test
    void recommendsAModelWhenNoneScoredTheCustomers() {
        ReportFixture.analysed(false);

        ExecutiveFacts facts = facts(ReportSettings.defaults(directory)).latest().orElseThrow();

        assertThat(facts.value().total()).isNull();
        assertThat(facts.recommendations().getFirst()).startsWith("Train and promote a CLV model");
        assertThat(facts.model().note()).contains("No model has scored the customers yet");
    }

    private JdbcExecutiveFacts facts(ReportSettings settings) {
        return new JdbcExecutiveFacts(TestDatabase.dataSource(), analytics, () -> null, settings);
    }

    private Path executivePdf(ReportSettings settings) {
        ReportService service = new ReportService(TestDatabase.dataSource(), analytics, () -> null, settings,
                Clock.systemUTC());
        ReportRun run = service.generate(List.of(ReportKind.EXECUTIVE));
        StoredReport pdf = run.reports().stream().filter(r -> r.format().equals("pdf")).findFirst().orElseThrow();
        return service.download(pdf.reportId());
    }

    private static double sum(String column) {
        return JdbcClient.create(TestDatabase.dataSource()).sql("SELECT sum(" + column + ") FROM customer_predictions")
                .query(Double.class).single();
    }
}
