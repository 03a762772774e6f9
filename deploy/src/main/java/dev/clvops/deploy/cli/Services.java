package dev.clvops.deploy.cli;

import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.UserAccounts;
import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.monitoring.simulate.DriftSimulator;
import dev.clvops.platform.demo.DemoDataGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.pipeline.TrainingSettings;
import dev.clvops.training.scoring.ScoringService;
import dev.clvops.reports.store.ReportService;

/** The platform ports commands use; implementations start the platform on first use. */
interface Services {

    OrderIngestion ingestion();

    FeatureStore featureStore();

    DemoDataGenerator generator();

    TrainingService training();

    ModelRegistry registry();

    TrainingSettings trainingSettings();

    ScoringService scoring();

    UserAccounts users();

    ApiTokens tokens();

    /** Where {@code --password-stdin} reads from. */
    default BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    ReportService reports();

    DriftMonitor driftMonitor();

    RetrainPolicy retrainPolicy();

    DriftSimulator driftSimulator();
}
