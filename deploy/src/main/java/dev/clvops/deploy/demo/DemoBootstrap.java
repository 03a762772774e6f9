package dev.clvops.deploy.demo;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.deploy.progress.ThrottledProgress;
import dev.clvops.platform.demo.DemoDataGenerator;
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

/** When the server is up and no orders are stored, runs the {@link DemoPipeline} in a background thread. */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "clvops.deploy.demo.enabled", matchIfMissing = true)
class DemoBootstrap {

    private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

    private final DeploySettings settings;
    private final OrderCalendar calendar;
    private final DemoPipeline pipeline;

    DemoBootstrap(DeploySettings settings, DemoDataGenerator generator, OrderIngestion ingestion,
                  FeatureStore features, TrainingService training, ScoringService scoring, JdbcTemplate jdbc) {
        this.settings = settings;
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
        } catch (RuntimeException e) {
            log.error("Demo pipeline failed", e);
        }
    }
}
