package dev.clvops.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ClvDistribution;
import dev.clvops.platform.analytics.ClvDistributionReader;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.ExecutiveFacts;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.PredictedCustomer;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.scoring.ScoringService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics tabs (Executive summary, Overview, CLV prediction, Cohorts) in headless Chromium against the real
 * application and PostgreSQL, with a trained and scored champion: every figure is compared with the REST API or the
 * read model. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "spring.main.allow-bean-definition-overriding=true"})
@Import(UiTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiAnalyticsBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    OrderIngestion ingestion;
    @Autowired
    FeatureStore features;
    @Autowired
    TrainingService training;
    @Autowired
    ScoringService scoring;
    @Autowired
    AnalyticsRefresh refresh;
    @Autowired
    CustomerAnalyticsReader reader;
    @Autowired
    ClvDistributionReader clv;
    @Autowired
    ExecutiveFactsReader executive;
    @Autowired
    UserDetailsManager users;

    private AnalyticsRun run;
    private Browser browser;

    @DynamicPropertySource
    static void temporaryHome(DynamicPropertyRegistry registry) throws IOException {
        UiFixture.temporaryHome(registry);
    }

    @BeforeAll
    void scoredAndAnalysedOrdersAndABrowser() throws IOException {
        UiFixture.ingestedOrders(generator, ingestion, 400, 12, 7);
        features.build(new SnapshotRequest(LocalDate.now(), 0), ProgressListener.NONE);
        training.train(new TrainingRequest(null, null, 90, List.of("bgnbd", "baseline"), null),
                ProgressListener.NONE);
        scoring.score(null, ProgressListener.NONE);
        run = refresh.refresh();
        UiFixture.createUsers(users, "ui-", Map.of("analytics", "LEADERSHIP"));
        browser = new Browser(port);
        UiFixture.login(browser, "ui-", "analytics");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void summaryShowsTheExecutivePdfFactsAndTheApisKpis() throws Exception {
        ExecutiveFacts facts = executive.latest().orElseThrow();
        JsonNode api = api("/api/v1/dashboard").get("kpis");

        browser.open("summary");

        assertThat(facts.runId()).isEqualTo(run.runId());
        assertThat(text("summary-customers")).isEqualTo(count(api.get("customers").asLong()))
                .isEqualTo(count(facts.kpis().customers()));
        assertThat(text("summary-revenue")).isEqualTo(money(api.get("revenue").asDouble()));
        assertThat(text("summary-clv")).isEqualTo(money(facts.value().total()));
        assertThat(text("summary-clv-band")).isEqualTo(money(facts.value().p10()) + " – "
                + money(facts.value().p90()));
        assertThat(text("summary-model")).isEqualTo(facts.model().family() + " v" + facts.model().version());
        assertThat(text("summary-drift")).isEqualTo(facts.model().drift());
        browser.waitForCell("summary-holdout", new TreeMap<>(facts.model().metrics()).firstKey());
        assertThat(browser.findAll(By.cssSelector("#summary-recommendations li")))
                .extracting(WebElement::getText).containsExactlyElementsOf(facts.recommendations());
        browser.waitForCell("summary-segments", facts.topSegments().getFirst().name());
        browser.waitForCell("summary-personas", facts.topPersonas().getFirst().name());
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-retention-trend svg"), 1)).isNotEmpty();
        fullPageScreenshot("analytics-summary");
    }

    @Test
    void overviewKpisFollowTheDateRange() throws Exception {
        LocalDate from = LocalDate.now().withDayOfMonth(1).minusMonths(3);
        LocalDate to = LocalDate.now();
        KpiReport all = reader.kpis(run.runId(), null, null);
        KpiReport range = reader.kpis(run.runId(), from, to);
        JsonNode apiRange = api("/api/v1/kpis?from=" + from + "&to=" + to);
        browser.open("overview");
        assertThat(text("kpi-customers")).isEqualTo(count(all.customers()));
        assertThat(text("kpi-tenure")).isEqualTo(Math.round(all.averageTenureDays()) + " days");
        assertThat(range.orders()).isLessThan(all.orders());

        pick("overview-from", from);
        pick("overview-to", to);

        browser.waiting(Duration.ofSeconds(30)).until(d -> text("kpi-orders").equals(count(range.orders())));
        assertThat(text("kpi-customers")).isEqualTo(count(apiRange.get("customers").asLong()));
        assertThat(text("kpi-revenue")).isEqualTo(money(apiRange.get("revenue").asDouble()));
        assertThat(text("kpi-repeat")).isEqualTo(percent(range.repeatRate()));
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-trend svg"), 1)).isNotEmpty();
        fullPageScreenshot("analytics-overview");
    }

    @Test
    void clvShowsTheDistributionTheIntervalsAndExportsTheList() throws Exception {
        ClvDistribution distribution = clv.distribution(run.runId()).orElseThrow();
        PredictedCustomer first = clv.customers(run.runId(), 0, 1).getFirst();

        browser.open("clv");

        assertThat(text("clv-mean")).isEqualTo(decimal(distribution.mean()));
        assertThat(text("clv-median")).isEqualTo(decimal(distribution.median()));
        assertThat(text("clv-top5")).isEqualTo(decimal(distribution.top5Threshold()));
        assertThat(text("clv-repeat")).isEqualTo(percent(distribution.repeatProbability()));
        long bars = distribution.histogram().stream().filter(b -> b.customers() > 0).count();
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-clv-histogram svg path"), (int) bars)).isNotEmpty();
        browser.waitForCell("customers", first.customerId());
        browser.waitForCell("customers", money(first.clvP10()) + " – " + money(first.clvP90()));
        List<String> csv = download(browser.waitFor(By.id("clv-export")).getAttribute("href"));
        assertThat(csv.getFirst()).isEqualTo("customer_id,segment,tier,clv,clv_p10,clv_p90,p_alive,"
                + "expected_purchases,repeat_probability");
        assertThat(csv).hasSize(1 + (int) Math.min(100, run.customers()));
        assertThat(csv.get(1)).startsWith(first.customerId() + ",");
        fullPageScreenshot("analytics-clv");
    }

    @Test
    void cohortsDrawTheHeatmapSizesRevenueAndDecayCurves() {
        CohortReport cohorts = reader.cohorts(run.runId());
        List<String> observed = cohorts.cohorts().stream().filter(c -> c.retention().size() > 4)
                .map(CohortReport.Cohort::month).toList();

        browser.open("cohorts");

        browser.waitForCell("cohorts", cohorts.cohorts().getFirst().month());
        for (String chart : List.of("chart-retention", "chart-cohort-sizes", "chart-cohort-revenue", "chart-decay")) {
            assertThat(browser.waitForAtLeast(By.cssSelector("#" + chart + " svg"), 1)).as(chart).isNotEmpty();
        }
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-retention svg path"), cohorts.cohorts().size()))
                .isNotEmpty();
        browser.waiting(Duration.ofSeconds(30)).until(d -> browser.waitFor(By.id("chart-decay"))
                .getAttribute("innerHTML").contains(observed.getLast()));
        fullPageScreenshot("analytics-cohorts");
    }

    /** Types an ISO date into a date picker the way a user does (en-US format) and commits it. */
    private void pick(String id, LocalDate date) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
        input.sendKeys(Keys.ENTER);
    }

    private String text(String id) {
        return browser.waitFor(By.id(id)).getText();
    }

    private JsonNode api(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            String basic = Base64.getEncoder().encodeToString("ui-analytics:analytics-secret"
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + path)).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }

    /** Fetches a Vaadin download with the browser's session cookie. */
    private List<String> download(String href) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/csv"));
            return response.body().lines().toList();
        }
    }

    private void fullPageScreenshot(String name) {
        browser.driver().manage().window().setSize(new Dimension(1400, 2800));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
