package dev.clvops.deploy.ui;

import static dev.clvops.ui.shell.Blocks.percent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.CustomerFilter;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.scoring.ScoringService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The UI in headless Chromium against the real application and PostgreSQL: generated orders are ingested through
 * the port and analysed, then each tab is opened as each role would open it. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "spring.main.allow-bean-definition-overriding=true"})
@Import(UiTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiBrowserIT {

    /** One test user per role, named ui-<role>; the application's own user store keeps them. */
    private static final By CHART_SVG = By.cssSelector("clvops-echart svg");

    @LocalServerPort
    int port;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    OrderIngestion ingestion;
    @Autowired
    FeatureStore features;
    @Autowired
    AnalyticsRefresh refresh;
    @Autowired
    CustomerAnalyticsReader reader;
    @Autowired
    TrainingService training;
    @Autowired
    UserDetailsManager users;
    @Autowired
    ScoringService scoring;
    @Autowired
    DataSource dataSource;
    @Autowired
    ExecutiveFactsReader executiveFacts;

    private Path work;
    private AnalyticsRun run;
    private Browser browser;

    @DynamicPropertySource
    static void temporaryHome(DynamicPropertyRegistry registry) throws IOException {
        UiFixture.temporaryHome(registry);
    }

    @BeforeAll
    void analysedOrdersAndABrowser() throws IOException {
        work = UiFixture.ingestedOrders(generator, ingestion, 400, 12, 7);
        features.build(new SnapshotRequest(LocalDate.now(), 0), ProgressListener.NONE);
        training.train(new TrainingRequest(null, null, 90, List.of("bgnbd", "baseline"), null),
                ProgressListener.NONE);
        scoring.score("bgnbd", ProgressListener.NONE);
        run = refresh.refresh();
        UiFixture.createUsers(users, "ui-", UiFixture.ROLES);
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void summaryShowsTheRunsKpisAndSegmentMix() {
        KpiReport kpis = executiveFacts.latest().orElseThrow().kpis();
        login("lead");

        browser.open("summary");

        assertThat(browser.waitFor(By.id("summary-customers")).getText()).isEqualTo(count(kpis.customers()));
        assertThat(browser.waitFor(By.id("summary-top-decile")).getText())
                .isEqualTo(percent(kpis.topDecile().predictedShare()));
        assertThat(browser.waitForAtLeast(CHART_SVG, 1)).isNotEmpty();
        browser.screenshot("summary");
    }

    @Test
    void overviewShowsTheReadModelKpisAndDrawsCharts() {
        KpiReport kpis = executiveFacts.latest().orElseThrow().kpis();
        login("admin");

        browser.open("overview");

        assertThat(browser.waitFor(By.id("kpi-customers")).getText()).isEqualTo(count(kpis.customers()));
        assertThat(browser.waitFor(By.id("kpi-orders")).getText()).isEqualTo(count(kpis.orders()));
        assertThat(browser.waitForAtLeast(CHART_SVG, 3)).hasSizeGreaterThanOrEqualTo(3);
        browser.screenshot("overview");
    }

    @Test
    void clvListsCustomersLazilyHighestPredictedValueFirst() {
        String first = reader.customers(run.runId(), CustomerFilter.all(1)).rows().getFirst().customerId();
        login("analyst");

        browser.open("clv");

        browser.waitForCell("customers", first);
        assertThat(browser.pageText()).doesNotContain("No model yet");
        browser.screenshot("clv");
    }

    @Test
    void rfmShowsEverySegmentAndTheClusters() {
        List<String> segments = reader.segments(run.runId()).stream().map(s -> s.name()).toList();
        login("analyst");

        browser.open("rfm");

        segments.forEach(segment -> browser.waitForCell("segments", segment));
        assertThat(browser.waitForAtLeast(CHART_SVG, 2)).hasSizeGreaterThanOrEqualTo(2);
        browser.screenshot("rfm");
    }

    @Test
    void cohortsDrawTheRetentionHeatmapAndListEachCohort() {
        String firstCohort = reader.cohorts(run.runId()).cohorts().getFirst().month();
        login("lead");

        browser.open("cohorts");

        browser.waitForCell("cohorts", firstCohort);
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-retention svg"), 1)).isNotEmpty();
        browser.screenshot("cohorts");
    }

    @Test
    void uploadIngestsWithProgressAndQuarantinesBadRows() throws IOException {
        Path upload = uploadFile();
        login("ops");
        browser.open("data");

        WebElement input = browser.waitFor(By.id("order-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(upload.toAbsolutePath().toString());

        browser.waiting(Duration.ofSeconds(60)).until(d -> browser.waitFor(By.id("ingest-summary")).getText()
                .startsWith("ui-upload.csv:"));
        assertThat(browser.waitFor(By.id("ingest-summary")).getText()).isEqualTo(
                "ui-upload.csv: 22 rows read, 20 loaded, 0 duplicates, 2 quarantined, 4 customers");
        assertThat(browser.waitFor(By.id("ingest-progress")).getAttribute("value")).isEqualTo("1");
        browser.waitForCell("quarantine", "ui-upload.csv");
        browser.screenshot("data");
    }

    @Test
    void leadershipSeesOnlyItsTabsAndCannotOpenOthers() {
        login("lead");

        List<String> tabs = browser.tabs();
        browser.open("data");

        assertThat(tabs).contains("Executive summary", "Overview", "CLV prediction", "Cohorts")
                .doesNotContain("Data", "RFM segmentation");
        browser.waiting(Duration.ofSeconds(30)).until(d -> browser.pageText().contains("your role cannot open it"));
        assertThat(browser.findAll(By.id("order-upload"))).isEmpty();
        browser.screenshot("leadership-denied-data");
    }

    @Test
    void opsSeesDataButNotTheBusinessTabs() {
        login("ops");

        assertThat(browser.tabs()).contains("Data").doesNotContain("Overview", "Executive summary");
    }

    @Test
    void playbookShowsTheRunsActionsAndTargets() {
        PlaybookReport playbook = reader.playbook(run.runId());
        login("analyst");

        browser.open("playbook");

        browser.waitForCell("playbook-cells", playbook.cells().getFirst().action());
        browser.waitForCell("playbook-targets", playbook.targets().getFirst().customerId());
        browser.screenshot("playbook");
    }

    @Test
    void customer360ShowsTheLookedUpCustomersSegmentAndPersona() {
        var customer = reader.customers(run.runId(), CustomerFilter.all(3)).rows().get(2);
        login("analyst");
        browser.open("customer");

        browser.waitFor(By.cssSelector("#customer-id input")).sendKeys(customer.customerId());
        browser.waitFor(By.id("customer-show")).click();

        assertThat(browser.waitFor(By.id("customer-segment")).getText()).isEqualTo(customer.segment());
        assertThat(browser.waitFor(By.id("customer-persona")).getText()).isEqualTo(customer.persona());
        assertThat(browser.waitFor(By.id("customer-rfm")).getText()).isEqualTo(customer.rfmCode());
    }

    @Test
    void customer360LinkShowsThePredictionIntervalSegmentPathAndOrders() {
        var customer = reader.customers(run.runId(), CustomerFilter.all(5)).rows().get(4);
        long orders = JdbcClient.create(dataSource).sql("SELECT count(*) FROM orders WHERE customer_id = ?")
                .param(customer.customerId()).query(Long.class).single();
        login("analyst");

        browser.open("customer?id=" + customer.customerId());
        browser.waitFor(By.id("customer-clv"));
        browser.screenshot("customer");

        assertThat(browser.waitFor(By.id("customer-clv")).getText()).contains("(P10 ").contains(" – P90 ");
        assertThat(browser.waitFor(By.id("customer-model")).getText()).startsWith("bgnbd v");
        assertThat(browser.waitFor(By.id("customer-orders-caption")).getText()).isEqualTo(orders + " orders");
        browser.waitForCell("customer-history", Long.toString(run.runId()));
        assertThat(browser.waitForAtLeast(By.cssSelector("#customer-timeline svg"), 1)).isNotEmpty();
        browser.waitForCell("customer-orders", firstOrderId(customer.customerId()));
        browser.screenshot("customer");
    }

    private String firstOrderId(String customerId) {
        return JdbcClient.create(dataSource).sql("SELECT order_id FROM orders WHERE customer_id = ?"
                + " ORDER BY order_date DESC, order_id LIMIT 1").param(customerId).query(String.class).single();
    }

    @Test
    void modelEvaluationListsTheTrainedVersionsAndPromotions() {
        login("ops");

        browser.open("models");

        browser.waitForCell("model-versions", "bgnbd");
        browser.waitForCell("model-versions", "baseline");
        browser.waitForCell("promotions", "bgnbd");
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-metric svg"), 1)).isNotEmpty();
        browser.screenshot("models");
    }

    @Test
    void reportsShowRangeKpisSegmentsAndOfferTheCsvExport() {
        KpiReport all = executiveFacts.latest().orElseThrow().kpis();
        login("lead");

        browser.open("reports");

        assertThat(browser.waitFor(By.id("report-orders")).getText()).isEqualTo(count(all.orders()));
        browser.waitForCell("report-segments", reader.segments(run.runId()).getFirst().name());
        assertThat(browser.waitFor(By.id("export-download")).getAttribute("href")).contains("VAADIN/dynamic");
        browser.screenshot("reports");
    }

    @Test
    void uiChainLeavesTheApiToItsOwnChainAndSendsAnonymousViewersToLogin() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/kpis")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> view = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/overview")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(view.statusCode()).isEqualTo(302);
            assertThat(view.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    private void login(String name) {
        UiFixture.login(browser, "ui-", name);
    }

    private Path uploadFile() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("user_id,order_id,order_date,order_value,channel,category,acquisition_source,campaign,country,"
                + "currency,age,gender,city");
        for (int i = 0; i < 20; i++) {
            lines.add(String.format(Locale.ROOT, "U%04d,UO%05d,2026-01-%02d,%d.50,web,books,organic,,NL,EUR,40,F,Delft",
                    i % 4, i, 1 + i, 20 + i));
        }
        lines.add("U0001,UO90001,not-a-date,10.00,web,books,organic,,NL,EUR,40,F,Delft");
        lines.add("U0002,UO90002,2026-01-05,abc,web,books,organic,,NL,EUR,40,F,Delft");
        return Files.write(work.resolve("ui-upload.csv"), lines);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
