package dev.clvops.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.drift.DriftHistory;
import dev.clvops.platform.drift.DriftReportSummary;
import dev.clvops.platform.drift.FeatureDriftRow;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.health.SystemHealthSource;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobRuns;
import dev.clvops.platform.jobs.JobState;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operations tabs (Model monitoring, System health, Jobs) in headless Chromium against the real application and
 * PostgreSQL: generated orders are ingested, a champion is trained and checked for drift twice, then each tab is
 * opened as an operator would. 2,000 customers keep a training run long enough to stop it from the browser.
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "spring.main.allow-bean-definition-overriding=true"})
@Import(UiTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiOpsBrowserIT {


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
    DriftMonitor driftMonitor;
    @Autowired
    DriftHistory driftHistory;
    @Autowired
    SystemHealthSource systemHealth;
    @Autowired
    JobRuns jobRuns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsManager users;

    private Browser browser;

    @DynamicPropertySource
    static void temporaryHome(DynamicPropertyRegistry registry) throws IOException {
        UiFixture.temporaryHome(registry);
    }

    @BeforeAll
    void monitoredChampionAndABrowser() throws IOException {
        UiFixture.ingestedOrders(generator, ingestion, 2000, 12, 7);
        features.build(new SnapshotRequest(LocalDate.now(), 0), ProgressListener.NONE);
        training.train(new TrainingRequest(null, null, 90, List.of("bgnbd", "baseline"), null),
                ProgressListener.NONE);
        driftMonitor.monitor();
        driftMonitor.monitor();
        UiFixture.createUsers(users, "ui-", UiFixture.ROLES);
        browser = new Browser(port);
    }

    @AfterEach
    void screenshotWhereTheTestEnded(TestInfo test) {
        browser.screenshot("ops-end-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void monitoringShowsAPsiRowPerFeatureWithTheStoredValueAndDrawsThePsiHistory() {
        DriftReportSummary latest = driftHistory.latest().orElseThrow();
        List<FeatureDriftRow> stored = driftHistory.features(latest.reportId());
        login("ops");

        browser.open("monitoring");

        stored.forEach(feature -> browser.waitForCell("drift-features", feature.feature()));
        List<String> cells = cells("drift-features");
        stored.forEach(feature -> assertThat(cells).containsSubsequence(feature.feature(),
                feature.kind().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%.4f", feature.psi())));
        assertThat(browser.waitFor(By.id("drift-model")).getText())
                .isEqualTo(latest.family() + " v" + latest.modelVersion());
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-psi-history svg path"), 2)).hasSizeGreaterThan(1);
        assertThat(browser.waitFor(By.id("drift-baseline")).getText())
                .contains("snapshot " + latest.referenceSnapshotId());
        assertThat(browser.findAll(By.id("retrain-now"))).hasSize(1);
        browser.screenshot("ops-monitoring");
    }

    @Test
    void healthShowsTheDatabaseUpAndTheDependencyVersions() {
        var springBoot = systemHealth.snapshot().versions().stream().filter(v -> v.name().equals("Spring Boot"))
                .findFirst().orElseThrow();
        login("admin");

        browser.open("health");

        assertThat(browser.waitFor(By.id("health-db-status")).getText()).isEqualTo("UP");
        assertThat(springBoot.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        browser.waitForCell("health-versions", springBoot.version());
        browser.waitForCell("health-checks", "Database");
        assertThat(browser.waitFor(By.id("health-drift")).getText()).contains("checked");
        browser.screenshot("ops-health");
    }

    @Test
    void aSnapshotStartedFromTheJobsTabRunsToADoneProgressBar() {
        long before = newestRunId();
        login("ops");
        browser.open("jobs");

        startJob("snapshot", "");

        JobRun run = awaitNewRun(before);
        browser.waiting(Duration.ofSeconds(90)).until(d -> jobRuns.run(run.id()).orElseThrow().state().ended());
        assertThat(jobRuns.run(run.id()).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
        browser.waiting(Duration.ofSeconds(10)).until(d -> "1".equals(browser.waitFor(
                By.id("job-progress-" + run.id())).getDomProperty("value")));
        browser.waitForCell("job-runs", "COMPLETED");
        browser.waitForCell("batch-executions", "build-features");
        browser.screenshot("ops-jobs");
    }

    @Test
    void stopEndsARunningTraining() {
        long before = newestRunId();
        login("ops");
        browser.open("jobs");

        startJob("train", "families=bgnbd,paretonbd,gammagamma,baseline");
        JobRun run = awaitNewRun(before);
        browser.waitFor(By.id("job-stop-" + run.id())).click();

        browser.waiting(Duration.ofSeconds(120)).until(d -> jobRuns.run(run.id()).orElseThrow().state().ended());
        assertThat(jobRuns.run(run.id()).orElseThrow().state()).isEqualTo(JobState.STOPPED);
        browser.waitForCell("job-runs", "STOPPED");
        browser.screenshot("ops-jobs-stopped");
    }

    @Test
    void runsOfEarlierProcessesAreListed() {
        jdbc.update("INSERT INTO job_runs (kind, parameters, status, progress_percent, progress_message, submitted_at,"
                + " started_at, ended_at, error, instance) VALUES ('report', '{}', 'FAILED', 40, '2 of 5 steps',"
                + " now() - interval '2 days', now() - interval '2 days', now() - interval '2 days',"
                + " 'database went away', 'old-process')");
        login("admin");

        browser.open("jobs");

        browser.waitForCell("job-runs", "database went away");
        assertThat(browser.findAll(By.id("job-start"))).hasSize(1);
    }

    @Test
    void analystsAndLeadershipCannotOpenTheOperationsTabs() {
        for (String user : List.of("analyst", "lead")) {
            login(user);
            assertThat(browser.tabs()).doesNotContain("Model monitoring", "System health", "Jobs");
            for (String tab : List.of("monitoring", "health", "jobs")) {
                browser.open(tab);
                browser.waiting(Duration.ofSeconds(30))
                        .until(d -> browser.pageText().contains("your role cannot open it"));
                assertThat(browser.findAll(By.id("drift-features"))).isEmpty();
                assertThat(browser.findAll(By.id("job-runs"))).isEmpty();
            }
        }
        browser.screenshot("ops-denied-lead");
    }

    private void startJob(String kind, String parameters) {
        browser.waitFor(By.cssSelector("#job-kind input")).click();
        WebElement item = browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(candidate -> candidate.getText().startsWith(kind + " —")).findFirst().orElse(null));
        item.click();
        if (!parameters.isEmpty()) {
            browser.waitFor(By.cssSelector("#job-parameters input")).sendKeys(parameters);
        }
        browser.waitFor(By.id("job-start")).click();
    }

    private JobRun awaitNewRun(long before) {
        browser.waiting(Duration.ofSeconds(30)).until(d -> newestRunId() > before);
        return jobRuns.recent(1).getFirst();
    }

    private long newestRunId() {
        return jobRuns.recent(1).stream().mapToLong(JobRun::id).max().orElse(0);
    }

    private List<String> cells(String gridId) {
        return browser.findAll(By.cssSelector("vaadin-grid#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private void login(String name) {
        UiFixture.login(browser, "ui-", name);
    }
}
