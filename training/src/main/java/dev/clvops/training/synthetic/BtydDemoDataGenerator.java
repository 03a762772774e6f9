package dev.clvops.training.synthetic;

import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GenerationSummary;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Synthetic orders with known ground truth, drawn customer by customer from a BG/NBD + Gamma-Gamma population
 * (time unit: days; see {@link PopulationParameters}).
 *
 * <p>Per customer: three independent latent scores {@code z ~ N(0,1)} (frequency, loyalty, spend) are drawn first;
 * the attributes (channel, acquisition source, country, age band, preferred category) are then drawn from them by a
 * multinomial logit, and the parameters follow by a Gaussian copula: {@code lambda = G⁻¹(Φ(zf); r, alpha)},
 * {@code p = B⁻¹(Φ(-zl); a, b)}, {@code nu = G⁻¹(Φ(-zs); q, gamma)}. This is the design "z = w·attributes + noise"
 * run in the other direction, which keeps the population marginals exactly BG/NBD and Gamma-Gamma while attributes
 * carry signal. Acquisition is uniform over the whole history; the first purchase happens at acquisition, repeats
 * follow a seasonal Poisson process (monthly multipliers with mean 1, November/December peak) with dropout after
 * each repeat; about 5% of orders get a partial or full refund 1-30 days later, written as a separate row with a
 * negative value (refunds falling after the history end are not written). With a dirty fraction, bad copies of
 * clean rows are mixed in (added, not substituted, so the clean rows still match the truth; see {@link DirtyRows}).
 *
 * <p>Writes the orders CSV ({@code orders} format), {@code <name>.truth.csv} (one row per customer, see
 * {@link GroundTruth}) and {@code <name>.params.json}. Each customer has its own random stream seeded from (seed,
 * customer number) and is written at once, so memory stays bounded and equal settings give byte-identical files.
 */
@Component
public class BtydDemoDataGenerator implements DemoDataGenerator {

    static final String JOB = "generate-demo-data";
    private static final int MIN_PROGRESS_STEP = 1_000;

    private final PopulationParameters population;

    public BtydDemoDataGenerator() {
        this(PopulationParameters.DEFAULT);
    }

    public BtydDemoDataGenerator(PopulationParameters population) {
        this.population = population;
    }

    @Override
    public GenerationSummary generate(GeneratorSettings settings, Path ordersFile, ProgressListener progress) {
        Path absolute = ordersFile.toAbsolutePath();
        String base = baseName(absolute);
        Path truthFile = absolute.resolveSibling(base + ".truth.csv");
        Path paramsFile = absolute.resolveSibling(base + ".params.json");
        Timeline timeline = new Timeline(settings.start(), settings.months(), population.horizonDays());
        createParent(absolute);
        Counts counts;
        try (Writer orders = writer(absolute); Writer truth = writer(truthFile)) {
            counts = write(settings, timeline, orders, truth, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write demo data to " + absolute + ": " + e.getMessage(), e);
        }
        writeParams(settings, timeline, absolute, truthFile, paramsFile);
        return new GenerationSummary(absolute, truthFile, settings.customers(), counts.rows(), counts.dirty());
    }

    private Counts write(GeneratorSettings settings, Timeline timeline, Writer orders, Writer truth,
            ProgressListener progress) throws IOException {
        DemoDataWriter writer = new DemoDataWriter(population, timeline, settings.seed(), settings.dirtyFraction(),
                orders, truth);
        writer.writeHeaders();
        long step = Math.max(MIN_PROGRESS_STEP, settings.customers() / 100);
        long started = System.nanoTime();
        for (long number = 1; number <= settings.customers(); number++) {
            writer.writeCustomer(number);
            if (number % step == 0 || number == settings.customers()) {
                report(progress, number, settings.customers(), started);
            }
        }
        return new Counts(writer.rows(), writer.dirtyRows());
    }

    private static void report(ProgressListener progress, long done, long total, long started) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        progress.onProgress(new JobProgress(JOB, done, total, "customers", done / seconds));
    }

    private void writeParams(GeneratorSettings settings, Timeline timeline, Path orders, Path truth, Path params) {
        String json = ParamsJson.render(population, settings, timeline, orders.getFileName().toString(),
                truth.getFileName().toString());
        try {
            Files.writeString(params, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + params + ": " + e.getMessage(), e);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directory for " + file + ": " + e.getMessage(), e);
        }
    }

    private record Counts(long rows, long dirty) {
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }
}
