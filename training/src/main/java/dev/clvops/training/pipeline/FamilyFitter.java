package dev.clvops.training.pipeline;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.baseline.HistoricalBaselineTrainer;
import dev.clvops.training.probabilistic.BgNbdTrainer;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.probabilistic.DiscountSchedule;
import dev.clvops.training.probabilistic.GammaGammaModel;
import dev.clvops.training.probabilistic.GammaGammaTrainer;
import dev.clvops.training.probabilistic.ParetoNbdTrainer;
import dev.clvops.training.probabilistic.TransactionModel;
import dev.clvops.training.xgboost.XgboostClvTrainer;
import dev.clvops.training.xgboost.XgboostHyperParameters;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code fit} step: fits every selected family on the holdout snapshot's calibration data (xgboost on the
 * earlier snapshot). Gamma-Gamma is fitted once and composed with each transaction model. A family whose fit fails
 * is recorded as failed; the others go on.
 */
final class FamilyFitter {

    private static final Logger LOG = LoggerFactory.getLogger(FamilyFitter.class);

    private final TrainingRunRepository runs;

    FamilyFitter(TrainingRunRepository runs) {
        this.runs = runs;
    }

    void fit(TrainingState state) {
        TrainingSet set = state.set();
        GammaGammaModel spend = fitSpend(state, set);
        for (FamilyOutcome outcome : state.families.values()) {
            if (!outcome.selected()) {
                continue;
            }
            switch (outcome.family) {
                case BgNbdTrainer.FAMILY -> fitBtyd(outcome, spend, () -> new BgNbdTrainer().fit(set));
                case ParetoNbdTrainer.FAMILY -> fitBtyd(outcome, spend, () -> new ParetoNbdTrainer().fit(set));
                case "xgboost" -> timed(outcome, "fitted on snapshot " + (state.xgboostSet == null ? "-"
                        : state.xgboostSet.snapshot()) + ", one horizon before the holdout", () -> new XgboostClvTrainer(
                        XgboostHyperParameters.defaults().withSeed(state.seed)).fit(state.xgboostSet));
                case HistoricalBaselineTrainer.FAMILY -> timed(outcome, "fitted on the holdout's calibration data",
                        () -> new HistoricalBaselineTrainer().fit(set));
                default -> { }
            }
        }
        runs.document(state.runId, "families", Documents.families(state));
    }

    private @Nullable GammaGammaModel fitSpend(TrainingState state, TrainingSet set) {
        FamilyOutcome outcome = state.families.get(GammaGammaTrainer.FAMILY);
        boolean needed = outcome != null && outcome.selected() || state.families.values().stream()
                .anyMatch(f -> f.selected() && (f.family.equals(BgNbdTrainer.FAMILY)
                        || f.family.equals(ParetoNbdTrainer.FAMILY)));
        if (!needed) {
            return null;
        }
        FamilyOutcome target = outcome != null ? outcome : new FamilyOutcome(GammaGammaTrainer.FAMILY);
        timed(target, "spend model of the BTYD families; " + target.note, () -> new GammaGammaTrainer().fit(set));
        target.status = FamilyOutcome.FAILED.equals(target.status) ? target.status : FamilyOutcome.SPEND_MODEL;
        return target.model instanceof GammaGammaModel fitted ? fitted : null;
    }

    private void fitBtyd(FamilyOutcome outcome, @Nullable GammaGammaModel spend, Supplier<ClvModel> transactions) {
        if (spend == null) {
            outcome.status = FamilyOutcome.FAILED;
            outcome.note = "the Gamma-Gamma spend model could not be fitted";
            return;
        }
        timed(outcome, "composed with the Gamma-Gamma spend model", () -> BtydClvModel.compose(
                (TransactionModel) transactions.get(), spend, DiscountSchedule.MONTHLY));
    }

    private static void timed(FamilyOutcome outcome, String note, Supplier<ClvModel> fit) {
        long started = System.nanoTime();
        try {
            ClvModel model = fit.get();
            outcome.fitted(model, FamilyOutcome.TRAINED, note, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            LOG.warn("fitting {} failed: {}", outcome.family, e.getMessage(), e);
            outcome.status = FamilyOutcome.FAILED;
            outcome.note = "fit failed: " + e.getMessage();
            outcome.fitSeconds = (System.nanoTime() - started) / 1e9;
        }
    }
}
