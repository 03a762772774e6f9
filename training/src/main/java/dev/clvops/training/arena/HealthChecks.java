package dev.clvops.training.arena;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.util.List;
import java.util.Locale;
import org.hipparchus.stat.correlation.PearsonsCorrelation;

/** The individual data-health checks of one training set. */
final class HealthChecks {

    /** Recency and T come from rounded day counts; allow float noise, not a real violation. */
    private static final double TOLERANCE = 1e-9;

    private final DataHealthSettings settings;
    private final TrainingSet set;
    private final List<CustomerRow> repeaters;

    HealthChecks(DataHealthSettings settings, TrainingSet set) {
        this.settings = settings;
        this.set = set;
        this.repeaters = set.rows().stream().filter(DataHealthGate::isRepeat).toList();
    }

    HealthFinding repeatCustomers() {
        int count = repeaters.size();
        return new HealthFinding(DataHealthGate.REPEAT_CUSTOMERS, count >= settings.minRepeatCustomers(), count,
                settings.minRepeatCustomers(), count + " of " + set.rows().size() + " customers bought again");
    }

    HealthFinding repeatShare() {
        double share = set.rows().isEmpty() ? 0 : (double) repeaters.size() / set.rows().size();
        return new HealthFinding(DataHealthGate.REPEAT_SHARE, share >= settings.minRepeatShare(), share,
                settings.minRepeatShare(), format("%.1f %% of customers bought again", 100 * share));
    }

    HealthFinding calibrationWeeks() {
        double days = set.rows().stream().mapToDouble(CustomerRow::t).max().orElse(0) / set.unit().fromDays(1);
        double weeks = TimeUnit.WEEKS.fromDays(days);
        return new HealthFinding(DataHealthGate.CALIBRATION_WEEKS, weeks >= settings.minCalibrationWeeks(), weeks,
                settings.minCalibrationWeeks(), format("the oldest customer's T is %.1f weeks", weeks));
    }

    HealthFinding spendFrequencyCorrelation() {
        if (repeaters.size() < 3) {
            return new HealthFinding(DataHealthGate.SPEND_FREQUENCY, false, Double.NaN,
                    settings.maxSpendFrequencyCorrelation(), repeaters.size() + " repeat customers: too few to test");
        }
        double[] frequency = repeaters.stream().mapToDouble(CustomerRow::frequency).toArray();
        double[] spend = repeaters.stream().mapToDouble(CustomerRow::monetaryValue).toArray();
        double r = new PearsonsCorrelation().correlation(frequency, spend);
        boolean passed = Math.abs(r) <= settings.maxSpendFrequencyCorrelation();
        return new HealthFinding(DataHealthGate.SPEND_FREQUENCY, passed, r, settings.maxSpendFrequencyCorrelation(),
                format("Pearson r of frequency and mean spend over %d repeat customers is %.3f", repeaters.size(), r));
    }

    HealthFinding recencyWithinT() {
        var violations = set.rows().stream()
                .filter(row -> row.recency() < -TOLERANCE || row.recency() > row.t() + TOLERANCE)
                .toList();
        String detail = violations.isEmpty()
                ? "every customer has 0 <= recency <= T"
                : format("%d customers have recency outside [0, T], first %s (recency %.3f, T %.3f)",
                        violations.size(), violations.getFirst().customerId(), violations.getFirst().recency(),
                        violations.getFirst().t());
        return new HealthFinding(DataHealthGate.RECENCY_WITHIN_T, violations.isEmpty(), violations.size(), 0, detail);
    }

    HealthFinding targets() {
        long count = set.rows().stream().filter(row -> row.hasTarget() && !Double.isNaN(row.futureValue())).count();
        boolean passed = count >= settings.minTargetCustomers() && !set.featureNames().isEmpty();
        return new HealthFinding(DataHealthGate.TARGETS, passed, count, settings.minTargetCustomers(),
                format("%d customers have a future value over %d days, %d features", count, set.horizonDays(),
                        set.featureNames().size()));
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
