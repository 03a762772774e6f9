package dev.clvops.deploy.demo;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.deploy.progress.ThrottledProgress;
import dev.clvops.deploy.analytics.AnalyticsRefresher;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.reports.store.ReportService;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.training.pipeline.TrainingReport;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.scoring.ScoringService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When the server is up and no orders are stored, runs the {@link DemoPipeline} in a background thread, then the
 * customer analytics and the reports over its scores.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "clvops.deploy.demo.enabled", matchIfMissing = true)
class DemoBootstrap {

    private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

    private final DeploySettings settings;
    private final OrderCalendar calendar;
    private final DemoPipeline pipeline;
    private final AnalyticsRefresher analytics;
    private final ReportService reports;

    DemoBootstrap(DeploySettings settings, DemoDataGenerator generator, OrderIngestion ingestion,
                  FeatureStore features, TrainingService training, ScoringService scoring, JdbcTemplate jdbc,
                  AnalyticsRefresher analytics, ReportService reports) {
        this.settings = settings;
        this.analytics = analytics;
        this.reports = reports;
        this.calendar = new JdbcOrderCalendar(jdbc);
        this.pipeline = new DemoPipeline(generator, ingestion, features, calendar, trainer(training), scoring,
                new ThrottledProgress(log::info, Duration.ofSeconds(5)));
    }

    /** Trains the configured families on the snapshot; reports the run, its status and the arena's champion. */
    private static DemoPipeline.Trainer trainer(TrainingService training) {
        return (snapshot, progress) -> {
            TrainingReport report = training.train(new TrainingRequest(snapshot, null, null, List.of(), null),
                    progress);
            return "training run " + report.runId() + " " + report.status() + ", arena champion "
                    + report.champion();
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadDemoIntoEmptyPlatform() {
        if (calendar.latestOrderDate().isPresent()) {
            log.info("Orders are stored: no demo data loaded");
            return;
        }
        log.info("Empty platform: loading demo data in the background (CLVOPS_DEMO=false turns this off)");
        Thread.ofPlatform().name("clvops-demo").daemon(true).start(this::runPipeline);
    }

    private void runPipeline() {
        try {
            pipeline.run(settings.demo(), settings.home().resolve("demo"), LocalDate.now());
            // the screens, the API and the reports read the analytics of the scored customers
            log.info("Demo: customer analytics run {}", analytics.refreshNow().runId());
            log.info("Demo: report run {}", reports.generateAll().reportRunId());
        } catch (RuntimeException e) {
            log.error("Demo pipeline failed", e);
        }
    }
}
