package dev.clvops.training.pipeline;

import dev.clvops.platform.model.TrainingSet;
import dev.clvops.training.arena.DataHealthGate;
import dev.clvops.training.arena.DataHealthReport;
import dev.clvops.training.arena.DataHealthSettings;
import dev.clvops.training.arena.FamilyRecommendation;
import dev.clvops.training.probabilistic.GammaGammaTrainer;
import dev.clvops.training.xgboost.XgboostClvModel;

/**
 * The {@code gate} step: runs the data-health gate on the holdout snapshot's calibration data, records it and skips
 * the families it does not recommend. Gamma-Gamma is the spend part of the BTYD families, so it is fitted whenever
 * one of them runs; its recommendation then only warns. xgboost also needs the earlier snapshot's targets.
 */
final class GateCheck {

    private final DataHealthSettings settings;
    private final TrainingRunRepository runs;

    GateCheck(DataHealthSettings settings, TrainingRunRepository runs) {
        this.settings = settings;
        this.runs = runs;
    }

    void check(TrainingState state) {
        DataHealthReport report = new DataHealthGate(settings).check(state.set());
        state.gate = report;
        runs.document(state.runId, "gate", report);
        for (FamilyRecommendation recommendation : report.families()) {
            FamilyOutcome outcome = state.families.get(recommendation.family());
            if (outcome != null) {
                outcome.note = "data-health gate " + recommendation.reason();
                if (!recommendation.recommended() && !spendOfBtyd(state, recommendation.family())) {
                    outcome.skip("not recommended by the data-health gate: " + recommendation.reason());
                }
            }
        }
        FamilyOutcome xgboost = state.families.get(XgboostClvModel.FAMILY);
        if (xgboost != null && xgboost.selected()) {
            checkXgboostSet(state, xgboost);
        }
    }

    private void checkXgboostSet(TrainingState state, FamilyOutcome xgboost) {
        TrainingSet earlier = state.xgboostSet;
        long targets = earlier == null ? 0 : earlier.rows().stream().filter(row -> row.hasTarget()).count();
        if (earlier == null || targets < settings.minTargetCustomers()) {
            xgboost.skip("xgboost learns from the snapshot one horizon before the holdout, which "
                    + (earlier == null ? "the orders do not reach back to" : "has only " + targets
                    + " customers with targets (needs " + settings.minTargetCustomers() + ")"));
        }
    }

    private static boolean spendOfBtyd(TrainingState state, String family) {
        return GammaGammaTrainer.FAMILY.equals(family)
                && (state.families.containsKey("bgnbd") || state.families.containsKey("paretonbd"));
    }
}
