package dev.clvops.platform.demo;

import dev.clvops.platform.job.ProgressListener;
import java.nio.file.Path;

/** Port: writes synthetic orders and their ground truth, streamed with bounded memory. */
public interface DemoDataGenerator {

    /** Writes orders to {@code ordersFile} and the ground truth next to it; returns what was written. */
    GenerationSummary generate(GeneratorSettings settings, Path ordersFile, ProgressListener progress);
}
