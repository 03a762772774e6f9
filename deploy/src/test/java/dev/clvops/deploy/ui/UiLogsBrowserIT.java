package dev.clvops.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.reports.ReportArchive;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Logs, Log analytics, Reports and Data tabs in headless Chromium against the real application and PostgreSQL:
 * what they show is checked against the ports they read. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "spring.main.allow-bean-definition-overriding=true"})
@Import(UiTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiLogsBrowserIT {

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
    ReportArchive reports;
    @Autowired
    LogAnalytics logs;
    @Autowired
    UserDetailsManager users;

    private IngestSummary upload;
    private Browser browser;

    @DynamicPropertySource
    static void temporaryHome(DynamicPropertyRegistry registry) throws IOException {
        UiFixture.temporaryHome(registry);
    }

    @BeforeAll
    void reportsOfAnalysedOrdersAndABrowser() throws IOException {
        Path work = UiFixture.ingestedOrders(generator, ingestion, 150, 12, 11);
        upload = ingestion.ingest(new IngestRequest(uploadFile(work), IngestFormat.ORDERS), ProgressListener.NONE);
        features.build(new SnapshotRequest(LocalDate.now(), 0), ProgressListener.NONE);
        refresh.refresh();
        reports.generateAll();
        UiFixture.createUsers(users, "uil-", UiFixture.ROLES);
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void liveTailShowsALineLoggedNowAndTheSearchKeepsOnlyMatchingLines() {
        login("ops");
        browser.open("logs");
        browser.waitFor(By.id("log-lines"));
        browser.waitFor(By.id("log-files"));
        String marker = "ui-tail-marker-" + UUID.randomUUID();

        LoggerFactory.getLogger(UiLogsBrowserIT.class).warn("Browser test marker {}", marker);

        browser.waiting(Duration.ofSeconds(4)).until(d -> browser.waitFor(By.id("log-lines")).getText()
                .contains(marker));
        WebElement line = browser.findAll(By.cssSelector("#log-lines .log-line")).stream()
                .filter(element -> element.getText().contains(marker)).findFirst().orElseThrow();
        assertThat(line.getDomAttribute("data-level")).isEqualTo("WARN");
        assertThat(line.getText()).contains("WARN", "UiLogsBrowserIT", marker);
        browser.screenshot("logs");

        browser.waitFor(By.cssSelector("#log-search input")).sendKeys(marker);

        browser.waiting(Duration.ofSeconds(10)).until(d -> browser.findAll(By.cssSelector("#log-lines .log-line"))
                .stream().allMatch(element -> element.getText().contains(marker)));
        assertThat(browser.findAll(By.cssSelector("#log-lines .log-line"))).hasSize(1);
    }

    @Test
    void logZipHoldsTheActiveLogFile() throws Exception {
        login("admin");
        browser.open("logs");

        HttpResponse<byte[]> zip = fetch(browser.waitFor(By.id("log-zip")).getDomAttribute("href"));

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zipEntries(zip.body())).contains("clvops.log");
    }

    @Test
    void severityBreakdownMatchesLogAnalyticsAndTheHeatmapIsDrawn() throws InterruptedException {
        login("admin");

        browser.open("log-analytics");

        WebElement range = browser.waitFor(By.id("log-range"));
        Instant from = Instant.ofEpochMilli(Long.parseLong(range.getDomAttribute("data-from")));
        Instant to = Instant.ofEpochMilli(Long.parseLong(range.getDomAttribute("data-to")));
        while (Instant.now().isBefore(to.plusSeconds(1))) {
            Thread.sleep(200);
        }
        LogSummary expected = logs.summarise(from, to, 10);
        assertThat(expected.events()).isPositive();
        assertThat(browser.waitFor(By.id("log-events")).getText()).isEqualTo(count(expected.events()));
        Set<String> levels = new HashSet<>(expected.bySeverity().keySet());
        levels.addAll(List.of("ERROR", "WARN", "INFO"));
        levels.forEach(level -> assertThat(browser.waitFor(By.id("severity-" + level)).getText())
                .as(level).isEqualTo(count(expected.bySeverity().getOrDefault(level, 0L))));
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-log-heatmap svg path"), 24)).hasSizeGreaterThan(24);
        assertThat(browser.waitForAtLeast(By.cssSelector("#chart-log-volume svg"), 1)).isNotEmpty();
        browser.waitForCell("top-keywords", expected.topKeywords().getFirst().term());
        browser.screenshot("log-analytics");
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.waitFor(By.id("chart-log-heatmap")));
        browser.screenshot("log-analytics-heatmap");
    }

    @Test
    void reportsListTheStoredFilesPreviewAPdfAndZipEveryReport() throws Exception {
        List<StoredReport> stored = reports.runs().stream().flatMap(run -> run.reports().stream()).toList();
        login("lead");

        browser.open("reports");

        stored.stream().map(StoredReport::title).distinct().forEach(title -> browser.waitForCell("stored-reports",
                title));
        HttpResponse<byte[]> pdf = fetch(browser.waitFor(By.id("report-preview")).getDomAttribute("src"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        HttpResponse<byte[]> zip = fetch(browser.waitFor(By.id("report-zip")).getDomAttribute("href"));
        assertThat(zipEntries(zip.body())).containsExactlyInAnyOrderElementsOf(stored.stream()
                .map(report -> report.reportRunId() + "/" + report.fileName()).toList());
        assertThat(browser.findAll(By.id("report-regenerate"))).isEmpty();
        browser.screenshot("reports-stored");
    }

    @Test
    void opsRegeneratesTheReportsAndSeesTheNewRun() {
        long before = reports.runs().getFirst().reportRunId();
        login("ops");
        browser.open("reports");

        browser.waitFor(By.id("report-regenerate")).click();

        browser.waiting(Duration.ofSeconds(90)).until(d -> reports.runs().getFirst().reportRunId() > before);
        ReportRun latest = reports.runs().getFirst();
        browser.waitForCell("stored-reports", "#" + latest.reportRunId());
        assertThat(browser.findAll(By.id("report-kpis-heading"))).isEmpty();
    }

    @Test
    void dataListsEveryIngestRunWithItsCountsAndTheSelectedRunsQuarantine() {
        login("analyst");
        browser.open("data");

        browser.waitForCell("ingest-runs", upload.file());
        List<String> cells = cellTexts("ingest-runs");
        int file = cells.indexOf(upload.file());
        assertThat(cells.get(file - 1)).isEqualTo(Long.toString(upload.runId()));
        assertThat(List.of(cells.get(file + 1), cells.get(file + 3), cells.get(file + 4), cells.get(file + 5),
                cells.get(file + 6), cells.get(file + 7))).containsExactly("orders", "COMPLETED",
                count(upload.rowsRead()), count(upload.loaded()), count(upload.duplicates()),
                count(upload.quarantined()));
        browser.findAll(By.cssSelector("vaadin-grid#ingest-runs vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals(upload.file())).findFirst().orElseThrow().click();

        browser.waiting(Duration.ofSeconds(10)).until(d -> browser.pageText()
                .contains("Quarantine of run " + upload.runId()));
        upload.reasons().keySet().forEach(reason -> assertThat(browser.waitFor(By.id("quarantine-reasons"))
                .getText()).contains(reason));
        browser.waitForCell("quarantine", "runs-upload.csv");
        browser.screenshot("data-runs");
    }

    @Test
    void analystCannotOpenTheLogsAndOpsSeesTheOperationsTabs() {
        login("analyst");
        List<String> analystTabs = browser.tabs();
        browser.open("logs");
        browser.waiting(Duration.ofSeconds(30)).until(d -> browser.pageText().contains("your role cannot open it"));
        assertThat(browser.findAll(By.id("log-lines"))).isEmpty();

        login("ops");

        assertThat(analystTabs).doesNotContain("Logs", "Log analytics");
        assertThat(browser.tabs()).contains("Logs", "Log analytics", "Reports", "Data");
    }

    private List<String> cellTexts(String gridId) {
        return browser.findAll(By.cssSelector("vaadin-grid#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    /** GETs a URL of the page (relative or absolute) with the browser's session cookies. */
    private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        URI uri = URI.create("http://localhost:" + port + "/").resolve(url);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private void login(String name) {
        UiFixture.login(browser, "uil-", name);
    }

    private static Path uploadFile(Path work) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("user_id,order_id,order_date,order_value,channel,category,acquisition_source,campaign,country,"
                + "currency,age,gender,city");
        for (int i = 0; i < 12; i++) {
            lines.add(String.format(Locale.ROOT, "R%04d,RO%05d,2026-02-%02d,%d.50,web,books,organic,,NL,EUR,40,F,Delft",
                    i % 3, i, 1 + i, 20 + i));
        }
        lines.add("R0001,RO90001,not-a-date,10.00,web,books,organic,,NL,EUR,40,F,Delft");
        lines.add("R0002,RO90002,2026-02-05,abc,web,books,organic,,NL,EUR,40,F,Delft");
        return Files.write(work.resolve("runs-upload.csv"), lines);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
