package dev.clvops.deploy.cli;

import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.monitoring.simulate.DriftSimulator;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.pipeline.TrainingSettings;

/** The platform ports commands use; implementations start the platform on first use. */
interface Services {

    OrderIngestion ingestion();

    FeatureStore featureStore();

    DemoDataGenerator generator();

    TrainingService training();

    ModelRegistry registry();

    TrainingSettings trainingSettings();

    DriftMonitor driftMonitor();

    RetrainPolicy retrainPolicy();

    DriftSimulator driftSimulator();
}
