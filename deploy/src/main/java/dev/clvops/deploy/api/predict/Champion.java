package dev.clvops.deploy.api.predict;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.util.List;
import java.util.Locale;

/** A decoded champion with what predicting needs: its unit, feature names and horizon. */
record Champion(String family, int version, ClvModel model, TimeUnit unit, int horizonDays,
                SummaryFeatures features) {

    static Champion of(String family, int version, ClvModel model, int defaultHorizonDays) {
        TimeUnit unit = unit(model);
        List<String> names = model instanceof XgboostClvModel xgboost ? xgboost.featureNames() : List.of();
        int trained = model.provenance().horizonDays();
        return new Champion(family, version, model, unit, trained > 0 ? trained : defaultHorizonDays,
                new SummaryFeatures(names, unit));
    }

    /** BTYD models know their unit; others carry it as the {@code unit} hyper-parameter (else days). */
    private static TimeUnit unit(ClvModel model) {
        if (model instanceof BtydClvModel btyd) {
            return btyd.transactions().unit();
        }
        String unit = model.provenance().hyperParameters().get("unit");
        return unit == null ? TimeUnit.DAYS : TimeUnit.valueOf(unit.toUpperCase(Locale.ROOT));
    }
}
