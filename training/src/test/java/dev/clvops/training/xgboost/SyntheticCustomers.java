package dev.clvops.training.xgboost;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** Synthetic customers with five features f1..f5 uniform on [0, 10) and a target built from them. */
final class SyntheticCustomers {

    static final int HORIZON_DAYS = 365;
    static final List<String> FEATURES = List.of("f1", "f2", "f3", "f4", "f5");

    private SyntheticCustomers() {
    }

    /** futureValue = max(0, 3·f1 + N(0, noise²)); futureOrders ~ Poisson(f2 / 2). */
    static List<CustomerRow> linear(int count, double noise, long seed, String idPrefix) {
        return generate(count, seed, idPrefix, (features, random) -> 3 * features[0] + noise * gaussian(random));
    }

    /** futureValue independent of every feature. */
    static List<CustomerRow> pureNoise(int count, long seed) {
        return generate(count, seed, "n", (features, random) -> 10 + 3 * gaussian(random));
    }

    static TrainingSet set(List<CustomerRow> rows) {
        return new TrainingSet(new SnapshotId(7), LocalDate.of(2025, 6, 30), HORIZON_DAYS, "fs-1", TimeUnit.WEEKS,
                FEATURES, rows);
    }

    static XgboostHyperParameters fastParameters() {
        return new XgboostHyperParameters(XgboostObjective.LOG1P, 1.5, 0.1, 4, 300, 15, 0.8, 0.8, 1.0, 0.2, 11L, 2,
                true, true);
    }

    static double rSquared(List<CustomerRow> rows, DoubleUnaryOperator predictedByIndex) {
        double mean = rows.stream().mapToDouble(CustomerRow::futureValue).average().orElseThrow();
        double residual = 0;
        double total = 0;
        for (int i = 0; i < rows.size(); i++) {
            double actual = rows.get(i).futureValue();
            residual += Math.pow(actual - predictedByIndex.applyAsDouble(i), 2);
            total += Math.pow(actual - mean, 2);
        }
        return 1 - residual / total;
    }

    private static List<CustomerRow> generate(int count, long seed, String idPrefix, Target target) {
        var random = new SplittableRandom(seed);
        var rows = new ArrayList<CustomerRow>(count);
        for (int i = 0; i < count; i++) {
            var features = new double[FEATURES.size()];
            for (int j = 0; j < features.length; j++) {
                features[j] = 10 * random.nextDouble();
            }
            double value = Math.max(0.0, target.value(features, random));
            int orders = poisson(features[1] / 2, random);
            rows.add(new CustomerRow(idPrefix + i, 1, 10, 20, 30, features, value, orders));
        }
        return rows;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Knuth's multiplication method; fine for the small means used here. */
    private static int poisson(double mean, SplittableRandom random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    @FunctionalInterface
    private interface Target {
        double value(double[] features, SplittableRandom random);
    }
}
