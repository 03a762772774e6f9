package dev.clvops.training.arena;

import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a training set before fitting and says which families its data supports: BTYD families need enough
 * repeat customers, a long enough calibration period and recency within T; Gamma-Gamma also needs spend and
 * frequency to be (nearly) independent, its assumption in Fader, Hardie and Lee 2005, "RFM and CLV"; xgboost
 * needs customers with a known future value; the baseline always runs.
 */
public final class DataHealthGate {

    static final String REPEAT_CUSTOMERS = "repeat_customers";
    static final String REPEAT_SHARE = "repeat_share";
    static final String CALIBRATION_WEEKS = "calibration_weeks";
    static final String SPEND_FREQUENCY = "spend_frequency_correlation";
    static final String RECENCY_WITHIN_T = "recency_within_t";
    static final String TARGETS = "customers_with_target";

    private static final List<String> BTYD = List.of(REPEAT_CUSTOMERS, REPEAT_SHARE, CALIBRATION_WEEKS,
            RECENCY_WITHIN_T);

    private final DataHealthSettings settings;

    public DataHealthGate(DataHealthSettings settings) {
        this.settings = settings;
    }

    public DataHealthReport check(TrainingSet set) {
        var checks = new HealthChecks(settings, set);
        List<HealthFinding> findings = List.of(checks.repeatCustomers(), checks.repeatShare(),
                checks.calibrationWeeks(), checks.spendFrequencyCorrelation(), checks.recencyWithinT(),
                checks.targets());
        var families = List.of(
                recommend("bgnbd", BTYD, findings),
                recommend("paretonbd", BTYD, findings),
                recommend("gammagamma", List.of(REPEAT_CUSTOMERS, SPEND_FREQUENCY, RECENCY_WITHIN_T), findings),
                recommend("xgboost", List.of(TARGETS), findings),
                new FamilyRecommendation("baseline", true, "relies on no check"));
        return new DataHealthReport(findings, families);
    }

    private static FamilyRecommendation recommend(String family, List<String> needs, List<HealthFinding> findings) {
        var failed = new ArrayList<String>();
        for (var finding : findings) {
            if (needs.contains(finding.check()) && !finding.passed()) {
                failed.add(finding.check());
            }
        }
        String reason = failed.isEmpty()
                ? "passed " + String.join(", ", needs)
                : "failed " + String.join(", ", failed) + " (needs " + String.join(", ", needs) + ")";
        return new FamilyRecommendation(family, failed.isEmpty(), reason);
    }

    static boolean isRepeat(CustomerRow row) {
        return row.frequency() > 0;
    }
}
