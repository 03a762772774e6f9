package dev.clvops.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.CustomerFilter;
import dev.clvops.platform.analytics.SegmentationDetails;
import dev.clvops.platform.analytics.SegmentationDetails.ClusteringMethod;
import dev.clvops.platform.analytics.SegmentationReader;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.EvaluationReader;
import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.TrainingEvaluation;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import dev.clvops.training.pipeline.TrainingReport;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.scoring.ScoringService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The RFM segmentation and Model evaluation tabs in headless Chromium against the real application: generated orders
 * are ingested, BG/NBD, baseline and XGBoost trained, customers scored and analytics refreshed twice, then the tabs
 * must show what the runs stored. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "spring.main.allow-bean-definition-overriding=true"})
@Import(UiTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiModelsBrowserIT {

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
    SegmentationReader segmentation;
    @Autowired
    EvaluationReader evaluations;
    @Autowired
    UserDetailsManager users;

    private Path work;
    private TrainingReport trained;
    private AnalyticsRun first;
    private AnalyticsRun second;
    private Browser browser;

    @DynamicPropertySource
    static void temporaryHome(DynamicPropertyRegistry registry) throws IOException {
        UiFixture.temporaryHome(registry);
    }

    @BeforeAll
    void trainedScoredAndAnalysedTwice() throws IOException {
        work = UiFixture.ingestedOrders(generator, ingestion, 3000, 18, 11);
        features.build(new SnapshotRequest(LocalDate.now(), 0), ProgressListener.NONE);
        trained = training.train(new TrainingRequest(null, null, 90, List.of("bgnbd", "baseline", "xgboost"), null),
                ProgressListener.NONE);
        scoring.score(null, ProgressListener.NONE);
        first = refresh.refresh();
        second = refresh.refresh();
        UiFixture.createUsers(users, "ui-", Map.of("models-analyst", "ANALYST"));
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void switchingTheClusteringMethodShowsItsStoredKAndSilhouetteAndDrawsTheClusterCharts() {
        SegmentationDetails details = segmentation.details(second.runId());
        login();

        browser.open("rfm");

        assertShown(details.methods().get(0));
        for (String id : List.of("chart-rfm-segments", "chart-rfm-bubbles", "chart-elbow", "chart-silhouette",
                "chart-pca", "chart-cluster-sizes", "chart-rfm-3d")) {
            assertThat(browser.waitForAtLeast(By.cssSelector("#" + id + " svg"), 1)).as(id).isNotEmpty();
        }
        assertThat(browser.findAll(By.cssSelector("#chart-pca svg path")).size()).isGreaterThan(100);
        details.segments().forEach(s -> browser.waitForCell("segments", s.segment()));
        browser.screenshot("rfm-kmeans");
        choose("cluster-method", "DBSCAN");
        assertShown(details.methods().get(1));
        choose("cluster-method", "Hierarchical (Ward)");
        assertShown(details.methods().get(2));
        browser.screenshot("rfm-ward");
    }

    @Test
    void theThreeDimensionalViewTurnsWhenDragged() {
        login();
        browser.open("rfm");
        WebElement view = scrolledTo("chart-rfm-3d");
        browser.waitForAtLeast(By.cssSelector("#chart-rfm-3d svg path"), 50);
        String yaw = view.getDomAttribute("data-yaw");

        new Actions(browser.driver()).moveToElement(view).clickAndHold().moveByOffset(90, 40).release().perform();

        browser.waiting(Duration.ofSeconds(10)).until(d -> !yaw.equals(view.getDomAttribute("data-yaw")));
        assertThat(view.getDomAttribute("data-pitch")).isNotEqualTo("0.350");
        browser.screenshot("rfm-3d-turned");
    }

    @Test
    void movementMatrixBetweenTwoRunsCountsEveryCustomerInBoth() {
        login();
        browser.open("rfm");

        scrolledTo("movement-compare").click();

        browser.waiting(Duration.ofSeconds(30)).until(d -> matrixTotal() == second.customers());
        scrolledTo("movement");
        assertThat(browser.waitFor(By.id("movement-summary")).getText())
                .startsWith(count(second.customers()) + " customers in both, 100.0% kept their segment");
        browser.screenshot("rfm-movement");
    }

    @Test
    void movementFromAnUploadedPastSegmentationCountsItsCustomers() throws IOException {
        List<String> lines = new ArrayList<>(List.of("customer_id,segment"));
        reader.customers(second.runId(), CustomerFilter.all(40)).rows()
                .forEach(c -> lines.add(c.customerId() + ",Champions"));
        Path csv = Files.write(work.resolve("past-segments.csv"), lines);
        login();
        browser.open("rfm");

        browser.waitFor(By.id("movement-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());

        browser.waiting(Duration.ofSeconds(30)).until(d -> matrixTotal() == 40);
        assertThat(browser.waitFor(By.id("movement-summary")).getText()).startsWith("40 customers in both");
        browser.screenshot("rfm-movement-upload");
    }

    @Test
    void arenaListsEachTrainedFamilyWithItsStoredMetricsAndDrawsTheHoldoutCharts() {
        TrainingEvaluation evaluation = evaluations.latest().orElseThrow();
        login();

        browser.open("models");

        for (String family : List.of("xgboost", "bgnbd", "baseline")) {
            FamilyEvaluation stored = evaluation.families().stream().filter(f -> f.family().equals(family))
                    .findFirst().orElseThrow();
            assertThat(trained.families().get(family).status()).as(family).isEqualTo("TRAINED");
            assertThat(stored.metrics().get("rmse")).isEqualTo(trained.families().get(family).metrics().get("rmse"));
            List<String> row = arenaRowWhenShown(family);
            assertThat(row).contains(metric(stored.metrics().get("rmse")),
                    metric(stored.metrics().get("normalized_gini")), "v" + stored.version());
        }
        browser.screenshot("models-arena");
        for (String id : List.of("chart-actual-predicted", "chart-residuals", "chart-calibration", "chart-importance",
                "chart-shap", "chart-tracking", "chart-tracking-cumulative")) {
            assertThat(browser.waitForAtLeast(By.cssSelector("#" + id + " svg"), 1)).as(id).isNotEmpty();
        }
        assertThat(browser.findAll(By.cssSelector("#chart-actual-predicted svg path")).size()).isGreaterThan(100);
        for (String id : List.of("chart-calibration", "chart-shap", "chart-tracking")) {
            scrolledTo(id);
            browser.screenshot("models-" + id);
        }
        choose("evaluation-family", "baseline");
        browser.waiting(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#chart-calibration svg text"))
                .stream().anyMatch(t -> t.getText().equals("Decile calibration: baseline")));
        scrolledTo("chart-calibration");
        browser.screenshot("models-baseline");
    }

    private void assertShown(ClusteringMethod method) {
        browser.waiting(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> browser.waitFor(By.id("method-clusters")).getText()
                        .equals(Integer.toString(method.clusters())) && browser.waitFor(By.id("method-silhouette"))
                        .getText().equals(String.format(Locale.ROOT, "%.3f", method.silhouette())));
    }

    /**
     * The cell texts of the arena grid's row for {@code family}, read through the grid's table rows (by DOM text, so
     * columns scrolled out of view count).
     */
    @SuppressWarnings("unchecked")
    private Optional<List<String>> arenaRow(String family) {
        List<List<String>> rows = (List<List<String>>) browser.driver().executeScript("""
                return [...arguments[0].shadowRoot.querySelectorAll('tbody#items tr')].map(tr =>
                    [...tr.querySelectorAll('td slot')].map(s => (s.assignedNodes()[0] || {}).textContent || ''));""",
                browser.waitFor(By.id("arena")));
        return rows.stream().filter(row -> !row.isEmpty() && row.getFirst().trim().equals(family)).findFirst();
    }

    private List<String> arenaRowWhenShown(String family) {
        try {
            return browser.waiting(Duration.ofSeconds(30)).until(d -> arenaRow(family).orElse(null));
        } catch (TimeoutException e) {
            browser.screenshot("models-arena-missing-" + family);
            throw new AssertionError("no arena row for " + family + " in " + browser.driver().executeScript(
                    "return arguments[0].shadowRoot.querySelector('tbody#items').innerHTML.substring(0, 3000)",
                    browser.waitFor(By.id("arena"))), e);
        }
    }

    /** Scrolls {@code id} into view (the layout scrolls, not the window) and returns it. */
    private WebElement scrolledTo(String id) {
        WebElement element = browser.waitFor(By.id(id));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** Opens the vaadin-select {@code id} and picks the item labelled {@code label}. */
    private void choose(String id, String label) {
        scrolledTo(id).click();
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("vaadin-select-item"))
                .stream().filter(item -> item.isDisplayed() && item.getText().trim().equals(label)).findFirst()
                .map(item -> {
                    item.click();
                    return true;
                }).orElse(false));
    }

    /** The sum of the numbers shown in the movement grid's cells (segment names are not numbers). */
    private long matrixTotal() {
        return browser.findAll(By.cssSelector("vaadin-grid#movement vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().replace(",", "").trim()).filter(text -> text.matches("\\d+"))
                .mapToLong(Long::parseLong).sum();
    }

    private void login() {
        UiFixture.login(browser, "ui-", "models-analyst");
    }

    private static String metric(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
