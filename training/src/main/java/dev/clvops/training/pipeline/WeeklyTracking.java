package dev.clvops.training.pipeline;

import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.probabilistic.TransactionModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The BTYD tracking plot over the holdout (Fader, Hardie and Lee 2005, Figure 2, cumulative form): expected
 * cumulative repeat purchases Σ_i E[Y_i(t) | x_i, t_x,i, T_i] at the end of each week against the actual count.
 */
final class WeeklyTracking {

    private WeeklyTracking() {
    }

    static int weeks(int horizonDays) {
        return (horizonDays + 6) / 7;
    }

    static List<TrackingWeek> of(TransactionModel model, TrainingSet set, long[] actualCumulative) {
        int horizon = set.horizonDays();
        List<TrackingWeek> weeks = new ArrayList<>(actualCumulative.length);
        for (int w = 1; w <= actualCumulative.length; w++) {
            double t = model.unit().fromDays(Math.min(7.0 * w, horizon));
            double expected = 0;
            for (CustomerRow row : set.rows()) {
                expected += model.expectedPurchases(row, t);
            }
            weeks.add(new TrackingWeek(w, expected, actualCumulative[w - 1]));
        }
        return weeks;
    }
}
