package dev.clvops.training.scoring;

import dev.clvops.platform.model.ClvSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How customers are scored (prefix {@code clvops.training.scoring}).
 *
 * @param family the family whose champion scores; null: the family whose champion has the best primary metric
 * @param primaryMetric the registry metric that ranks the families' champions
 * @param higherIsBetter the primary metric's direction
 * @param annualDiscountRate yearly discount rate of CLV
 * @param grossMargin share of revenue that is profit (1.0 = revenue CLV)
 * @param defaultHorizonDays the horizon when the champion's training horizon is unknown (0)
 * @param chunkSize customers predicted per parallel task
 */
@ConfigurationProperties("clvops.training.scoring")
public record ScoringSettings(@Nullable String family, @DefaultValue("normalized_gini") String primaryMetric,
                              @DefaultValue("true") boolean higherIsBetter,
                              @DefaultValue("0.10") double annualDiscountRate,
                              @DefaultValue("1.0") double grossMargin,
                              @DefaultValue("180") int defaultHorizonDays,
                              @DefaultValue("10000") int chunkSize) {

    public ScoringSettings {
        if (defaultHorizonDays <= 0 || chunkSize <= 0) {
            throw new IllegalArgumentException("scoring needs a positive default horizon and chunk size: "
                    + defaultHorizonDays + ", " + chunkSize);
        }
        clv(annualDiscountRate, grossMargin);
    }

    /** Normalized Gini ranks the champions, 10 % discount, revenue CLV, 180-day default horizon. */
    public static ScoringSettings defaults() {
        return new ScoringSettings(null, "normalized_gini", true, 0.10, 1.0, 180, 10_000);
    }

    /** The same settings with the scoring family fixed. */
    public ScoringSettings withFamily(@Nullable String fixed) {
        return new ScoringSettings(fixed, primaryMetric, higherIsBetter, annualDiscountRate, grossMargin,
                defaultHorizonDays, chunkSize);
    }

    public ClvSettings clv() {
        return clv(annualDiscountRate, grossMargin);
    }

    private static ClvSettings clv(double annualDiscountRate, double grossMargin) {
        return new ClvSettings(annualDiscountRate, grossMargin);
    }
}
