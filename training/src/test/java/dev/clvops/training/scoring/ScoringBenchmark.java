package dev.clvops.training.scoring;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.baseline.HistoricalBaselineTrainer;
import dev.clvops.training.probabilistic.BtydClvTrainer;
import dev.clvops.training.xgboost.XgboostClvTrainer;
import dev.clvops.training.xgboost.XgboostHyperParameters;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times scoring: a synthetic TrainingSet of N customers (default 1,000,000; BG/NBD-like histories in days, a
 * 180-day target), each family fitted on a 50k subset, then every customer predicted in parallel chunks as the
 * {@code score-customers} job does (without the COPY). Prints wall and process CPU seconds per family.
 * Run: {@code java -cp ... dev.clvops.training.scoring.ScoringBenchmark [customers] [family,...]}.
 */
public final class ScoringBenchmark {

    private static final int HORIZON = 180;
    private static final List<String> FEATURES = List.of("frequency", "recency", "T", "monetary_value",
            "order_count", "days_since_last", "spend_180d", "channel=web", "channel=store");

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<String> families = args.length > 1 ? List.of(args[1].split(","))
                : List.of("bgnbd", "paretonbd", "baseline", "xgboost");
        TrainingSet all = synthetic(customers, 42);
        TrainingSet subset = new TrainingSet(all.snapshot(), all.cutoff(), HORIZON, "fs-1", TimeUnit.DAYS, FEATURES,
                all.rows().subList(0, Math.min(50_000, customers)));
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%,d customers, %d threads, chunk %,d%n", customers, threads,
                ScoringSettings.defaults().chunkSize());
        for (String family : families) {
            ClvModel model = trainer(family).fit(subset);
            time(family, model, all.rows(), threads);
        }
    }

    private static void time(String family, ClvModel model, List<CustomerRow> rows, int threads) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ClvSettings settings = ScoringSettings.defaults().clv();
        AtomicLong ordered = new AtomicLong();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        new ParallelPredictor(model, HORIZON, settings, ScoringSettings.defaults().chunkSize(), false)
                .predict(rows, threads, chunk -> chunk.predictions().forEach(p -> {
                    if (p.p10() <= p.p50() && p.p50() <= p.p90()) {
                        ordered.incrementAndGet();
                    }
                }));
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "%-10s wall %6.2f s  cpu %6.2f s  %,9.0f customers/s  ordered intervals %,d%n",
                family, wallSeconds, cpuSeconds, rows.size() / wallSeconds, ordered.get());
    }

    private static ClvTrainer trainer(String family) {
        return switch (family) {
            case "bgnbd" -> BtydClvTrainer.bgNbd();
            case "paretonbd" -> BtydClvTrainer.paretoNbd();
            case "baseline" -> new HistoricalBaselineTrainer();
            case "xgboost" -> new XgboostClvTrainer(new XgboostHyperParameters(
                    dev.clvops.training.xgboost.XgboostObjective.LOG1P, 1.5, 0.1, 6, 300, 20, 0.8, 0.8, 1.0, 0.2,
                    42L, Runtime.getRuntime().availableProcessors(), true, true));
            default -> throw new IllegalArgumentException("unknown family " + family);
        };
    }

    /**
     * BG/NBD-like customers: purchase rate λ ~ Gamma(0.6, 1/25) per day, dropout p ~ Beta-ish after each
     * purchase, age T uniform in [30, 730] days, spend Gamma-distributed per customer; the 180-day target follows
     * the same process.
     */
    static TrainingSet synthetic(int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CustomerRow> rows = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            rows.add(customer(String.format(Locale.ROOT, "c%07d", i), random));
        }
        return new TrainingSet(new SnapshotId(1), LocalDate.of(2026, 5, 31), HORIZON, "fs-1", TimeUnit.DAYS,
                FEATURES, rows);
    }

    private static CustomerRow customer(String id, SplittableRandom random) {
        double lambda = gamma(random, 0.6) / 25;
        double dropout = 0.05 + 0.3 * random.nextDouble();
        double age = 30 + 700 * random.nextDouble();
        double spend = 10 + gamma(random, 2) * 20;
        double time = 0;
        double last = 0;
        int frequency = 0;
        boolean alive = true;
        while (alive) {
            time += -Math.log(1 - random.nextDouble()) / Math.max(lambda, 1e-6);
            if (time > age) {
                break;
            }
            frequency++;
            last = time;
            alive = random.nextDouble() >= dropout;
        }
        int future = alive ? poisson(random, lambda * HORIZON) : 0;
        double[] features = {frequency, last, age, frequency > 0 ? spend : 0, frequency + 1, age - last,
                future > 0 ? spend : 0, random.nextDouble() < 0.6 ? 1 : 0, 0};
        features[8] = 1 - features[7];
        return new CustomerRow(id, frequency, last, age, frequency > 0 ? spend : 0, features, future * spend, future);
    }

    /** Marsaglia-Tsang for shape >= 1, boosted for shape < 1. */
    private static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(random);
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-Math.min(mean, 500));
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
