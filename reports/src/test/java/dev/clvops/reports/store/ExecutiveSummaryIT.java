package dev.clvops.reports.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.content.ReportKind;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class ExecutiveSummaryIT {

    private static final Locale GERMANY = Locale.GERMANY;

    @TempDir
    Path directory;

    private final AnalyticsQueries analytics = new AnalyticsQueries(TestDatabase.dataSource());

    @Test
    void rendersTheKpisOfTheReadModelWithEveryChartOnTwoToFourPages() {
        AnalyticsRun run = ReportFixture.analysed(true);
        KpiReport kpis = analytics.kpis(run.runId(), null, null);
        double clv = sum("clv");

        PdfPages pdf = PdfPages.read(executive(service()));

        assertThat(pdf.pages()).isBetween(2, 4);
        assertThat(pdf.images()).isEqualTo(2);
        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.text()).contains("Muster GmbH", "Executive summary", "snapshot " + run.snapshotId(),
                "model bgnbd v1", count(kpis.customers()), count(kpis.orders()), money(kpis.revenue(), 0),
                money(kpis.averageOrderValue(), 2), money(clv, 0), money(sum("clv_p10"), 0),
                money(sum("clv_p90"), 0), "first report", "not monitored yet", "Recommendations");
    }

    @Test
    void comparesTheHeadlineWithThePreviousReport() {
        ReportFixture.analysed(true);
        ReportService service = service();
        service.generate(List.of(ReportKind.EXECUTIVE));

        PdfPages second = PdfPages.read(executive(service));

        assertThat(second.text()).contains("+0,0 % vs previous").doesNotContain("first report");
    }

    @Test
    void saysThereIsNoModelYetInsteadOfFailing() {
        ReportFixture.analysed(false);

        PdfPages pdf = PdfPages.read(executive(service()));

        assertThat(pdf.pages()).isBetween(2, 4);
        assertThat(pdf.images()).isEqualTo(1);
        assertThat(pdf.text()).contains("No model has scored the customers yet", "model none yet",
                "Train and promote a CLV model");
    }

    private Path executive(ReportService service) {
        ReportRun run = service.generate(List.of(ReportKind.EXECUTIVE));
        StoredReport pdf = run.reports().stream().filter(r -> r.format().equals("pdf")).findFirst().orElseThrow();
        return service.download(pdf.reportId());
    }

    private ReportService service() {
        ReportSettings d = ReportSettings.defaults(directory);
        ReportSettings settings = new ReportSettings(directory, "Muster GmbH", null, "EUR", "de-DE", 15,
                d.families());
        return new ReportService(TestDatabase.dataSource(), analytics, () -> null, settings,
                Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC));
    }

    private static double sum(String column) {
        return JdbcClient.create(TestDatabase.dataSource()).sql("SELECT sum(" + column + ") FROM customer_predictions")
                .query(Double.class).single();
    }

    private static String count(long value) {
        return NumberFormat.getIntegerInstance(GERMANY).format(value);
    }

    private static String money(double value, int digits) {
        NumberFormat f = NumberFormat.getCurrencyInstance(GERMANY);
        f.setCurrency(Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return PdfPages.normalise(f.format(value));
    }
}
