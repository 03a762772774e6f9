package dev.clvops.training.baseline;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.probabilistic.DiscountSchedule;
import java.time.Instant;
import java.util.Map;

/**
 * The historical baseline: expected purchases = frequency / T (repeat purchases per unit of time observed) scaled
 * to the horizon, valued at the customer's observed mean spend. Fitting only records population summaries.
 */
public final class HistoricalBaselineTrainer implements ClvTrainer {

    public static final String FAMILY = "baseline";

    private final DiscountSchedule schedule;

    public HistoricalBaselineTrainer() {
        this(DiscountSchedule.MONTHLY);
    }

    public HistoricalBaselineTrainer(DiscountSchedule schedule) {
        this.schedule = schedule;
    }

    /** Restores a fitted baseline from its {@code meanRate}/{@code meanSpend} parameters (the registry's stored form). */
    public static ClvModel restore(double meanRate, double meanSpend, TimeUnit unit, DiscountSchedule schedule,
                                   ModelProvenance provenance) {
        return new HistoricalBaselineModel(meanRate, meanSpend, unit, schedule, provenance);
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public ClvModel fit(TrainingSet set) {
        if (set.rows().isEmpty()) {
            throw new IllegalArgumentException("cannot fit the baseline on an empty training set");
        }
        double meanRate = set.rows().stream().mapToDouble(HistoricalBaselineModel::rate).average().orElseThrow();
        double meanSpend = set.rows().stream().filter(row -> row.frequency() > 0)
                .mapToDouble(CustomerRow::monetaryValue).average().orElse(0);
        return new HistoricalBaselineModel(meanRate, meanSpend, set.unit(), schedule, provenance(set));
    }

    private ModelProvenance provenance(TrainingSet set) {
        String version = HistoricalBaselineTrainer.class.getPackage().getImplementationVersion();
        return new ModelProvenance(FAMILY, set.snapshot(), set.cutoff(), set.horizonDays(), set.featureSetVersion(),
                Map.of("unit", set.unit().name(), "discountStepDays", Integer.toString(schedule.stepDays())), 0L,
                version == null ? "dev" : version, Instant.now());
    }
}
