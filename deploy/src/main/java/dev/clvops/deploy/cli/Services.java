package dev.clvops.deploy.cli;

import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.reports.store.ReportService;

/** The platform ports commands use; implementations start the platform on first use. */
interface Services {

    OrderIngestion ingestion();

    FeatureStore featureStore();

    DemoDataGenerator generator();

    ReportService reports();
}
