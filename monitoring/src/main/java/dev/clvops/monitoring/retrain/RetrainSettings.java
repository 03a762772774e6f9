package dev.clvops.monitoring.retrain;

import java.time.Duration;

/**
 * The retrain policy's guards.
 *
 * @param minNewOrders orders ingested since the last training needed before retraining (default 1000)
 * @param cooldown time since the last training started before retraining again (default 24 h)
 * @param weeklyCap retrains allowed in any 7 days (default 3)
 * @param predictionPsiAlert prediction PSI that triggers a retrain (default 0.25, the drift alert level)
 */
public record RetrainSettings(long minNewOrders, Duration cooldown, int weeklyCap, double predictionPsiAlert) {

    public RetrainSettings {
        if (minNewOrders < 0 || cooldown.isNegative() || weeklyCap < 1 || !(predictionPsiAlert > 0)) {
            throw new IllegalArgumentException("invalid retrain settings: minNewOrders " + minNewOrders
                    + ", cooldown " + cooldown + ", weeklyCap " + weeklyCap + ", predictionPsiAlert "
                    + predictionPsiAlert);
        }
    }

    public static RetrainSettings defaults() {
        return new RetrainSettings(1000, Duration.ofHours(24), 3, 0.25);
    }
}
