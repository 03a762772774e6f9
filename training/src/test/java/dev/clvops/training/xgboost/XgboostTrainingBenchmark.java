package dev.clvops.training.xgboost;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * Times {@link XgboostClvTrainer#fit} against the same training done directly with {@code XGBoost.train} on a
 * ready float matrix (same split, parameters, rounds and early stopping). Not a test: run its main method with
 * the test classpath. Arguments: customers (default 1,000,000), rounds (default 50), repetitions (default 2).
 * From {@code training/} after {@code ../mvnw -q test-compile} and
 * {@code ../mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}:
 * {@code OMP_WAIT_POLICY=PASSIVE java -Xmx8g -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.clvops.training.xgboost.XgboostTrainingBenchmark 1000000 50 3}.
 */
public final class XgboostTrainingBenchmark {

    private static final int FEATURES = 20;

    private XgboostTrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        var hyper = XgboostHyperParameters.defaults().valueOnly().withRounds(rounds, rounds);
        var set = set(customers);
        System.out.printf("%d customers x %d features, %d rounds, eta %.2f, depth %d, nthread %d%n", customers,
                FEATURES, rounds, hyper.eta(), hyper.maxDepth(), hyper.nthread());
        warmUp(hyper);
        var prepared = Prepared.of(set, hyper);
        var directTimes = new long[repetitions][];
        var trainerTimes = new long[repetitions][];
        Booster direct = null;
        XgboostClvModel model = null;
        for (int r = 0; r < repetitions; r++) {
            var start = Stopwatch.start();
            direct = direct(prepared, hyper);
            directTimes[r] = start.elapsed();
            start = Stopwatch.start();
            model = new XgboostClvTrainer(hyper).fit(set);
            trainerTimes[r] = start.elapsed();
            System.out.printf("run %d: direct %.2f s wall / %.2f s cpu, trainer %.2f s wall / %.2f s cpu%n", r + 1,
                    directTimes[r][0] / 1e9, directTimes[r][1] / 1e9, trainerTimes[r][0] / 1e9,
                    trainerTimes[r][1] / 1e9);
        }
        report(directTimes, trainerTimes);
        checkSameModel(set, direct, model);
    }

    /** The direct path's inputs, built once and outside the timing: what a caller holding float arrays has. */
    private record Prepared(FeatureMatrix training, float[] trainingLabels, FeatureMatrix validation,
                            float[] validationLabels) {

        static Prepared of(TrainingSet set, XgboostHyperParameters hyper) {
            var split = ValidationSplit.draw(set.rows().size(), hyper.validationShare(), hyper.seed());
            var labels = new float[set.rows().size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (float) Math.log1p(Math.max(0, set.rows().get(i).futureValue()));
            }
            return new Prepared(FeatureMatrix.of(set.rows(), FEATURES, split.training()),
                    ValidationSplit.pick(labels, split.training()),
                    FeatureMatrix.of(set.rows(), FEATURES, split.validation()),
                    ValidationSplit.pick(labels, split.validation()));
        }
    }

    private static Booster direct(Prepared prepared, XgboostHyperParameters hyper) throws Exception {
        var training = prepared.training().toDMatrix(prepared.trainingLabels());
        var validation = prepared.validation().toDMatrix(prepared.validationLabels());
        var watches = new LinkedHashMap<String, DMatrix>();
        watches.put("validation", validation);
        var booster = XGBoost.train(training, BoosterFitter.valueParameters(hyper), hyper.rounds(), watches,
                new float[1][hyper.rounds()], null, null, hyper.earlyStoppingRounds());
        training.dispose();
        validation.dispose();
        return booster;
    }

    /** Loads the native library and compiles the hot Java paths before anything is timed. */
    private static void warmUp(XgboostHyperParameters hyper) throws Exception {
        var small = set(20_000);
        var warm = hyper.withRounds(5, 5);
        direct(Prepared.of(small, warm), warm).dispose();
        new XgboostClvTrainer(warm).fit(small);
    }

    /** Best (lowest) of the runs, in wall-clock and in process CPU time (all threads, native ones included). */
    private static void report(long[][] direct, long[][] trainer) {
        for (int kind = 0; kind < 2; kind++) {
            int k = kind;
            double bestDirect = Arrays.stream(direct).mapToLong(t -> t[k]).min().orElseThrow() / 1e9;
            double bestTrainer = Arrays.stream(trainer).mapToLong(t -> t[k]).min().orElseThrow() / 1e9;
            System.out.printf("best %s: direct %.2f s, trainer %.2f s, overhead %.1f %%%n", k == 0 ? "wall" : "cpu",
                    bestDirect, bestTrainer, 100 * (bestTrainer - bestDirect) / bestDirect);
        }
    }

    /** Wall-clock and process CPU nanoseconds since the start. */
    private record Stopwatch(long wall, long cpu) {

        static Stopwatch start() {
            return new Stopwatch(System.nanoTime(), processCpu());
        }

        long[] elapsed() {
            return new long[] {System.nanoTime() - wall, processCpu() - cpu};
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    private static void checkSameModel(TrainingSet set, Booster direct, XgboostClvModel model) throws Exception {
        var sample = set.rows().subList(0, 1000);
        var matrix = FeatureMatrix.of(sample, FEATURES).toDMatrix(null);
        float[][] expected = direct.predict(matrix);
        matrix.dispose();
        var predictions = model.predictAll(sample, set.horizonDays(), ClvSettings.UNDISCOUNTED_REVENUE);
        long same = IntStream.range(0, sample.size())
                .filter(i -> predictions.get(i).clv() == Math.max(0, Math.expm1(expected[i][0]))).count();
        System.out.printf("identical predictions on %d of %d sampled customers%n", same, sample.size());
    }

    /** Twenty uniform features; value is log-normal in f1, f2, f3 with a third of customers at zero. */
    private static TrainingSet set(int customers) {
        var random = new SplittableRandom(2026);
        var rows = new ArrayList<CustomerRow>(customers);
        for (int i = 0; i < customers; i++) {
            var features = random.doubles(FEATURES).toArray();
            double value = random.nextDouble() < 0.33 ? 0
                    : Math.exp(2 + 1.5 * features[0] + features[1] - 0.5 * features[2] + 0.5 * random.nextDouble());
            rows.add(new CustomerRow("c" + i, 1, 1, 2, value, features, value, 1));
        }
        var names = IntStream.range(0, FEATURES).mapToObj(j -> "f" + j).toList();
        return new TrainingSet(new SnapshotId(1), LocalDate.of(2025, 1, 1), 365, "bench", TimeUnit.WEEKS,
                List.copyOf(names), rows);
    }
}
