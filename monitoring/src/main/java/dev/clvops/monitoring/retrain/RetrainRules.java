package dev.clvops.monitoring.retrain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The policy's rules, in order: a training in progress skips; then a drift trigger (dataset drift, prediction
 * PSI at the alert level or performance drift) is needed unless forced; then enough new orders, the cooldown and
 * the weekly cap. Pure: the same facts always give the same verdict.
 */
final class RetrainRules {

    private final RetrainSettings settings;

    RetrainRules(RetrainSettings settings) {
        this.settings = settings;
    }

    Verdict decide(RetrainFacts facts) {
        if (facts.trainingRunning()) {
            return Verdict.skip("another training is running");
        }
        List<String> triggers = triggers(facts);
        if (triggers.isEmpty() && !facts.forced()) {
            return Verdict.skip("no drift since the last training");
        }
        if (facts.newOrders() < settings.minNewOrders()) {
            return Verdict.skip(facts.newOrders() + " new orders since the last training, " + settings.minNewOrders()
                    + " needed");
        }
        if (facts.lastTrainingAt() != null) {
            Duration since = Duration.between(facts.lastTrainingAt(), facts.now());
            if (since.compareTo(settings.cooldown()) < 0) {
                return Verdict.skip("cooldown: last training " + since.toMinutes() + " min ago, "
                        + settings.cooldown().toMinutes() + " min needed");
            }
        }
        if (facts.retrainsLastWeek() >= settings.weeklyCap()) {
            return Verdict.skip("weekly cap reached: " + facts.retrainsLastWeek() + " retrains in 7 days");
        }
        return Verdict.retrain(facts.forced() && triggers.isEmpty() ? "forced" : String.join(", ", triggers)
                + (facts.forced() ? " (forced)" : ""));
    }

    private List<String> triggers(RetrainFacts facts) {
        List<String> triggers = new ArrayList<>();
        if (facts.datasetDrift()) {
            triggers.add("dataset drift");
        }
        if (facts.predictionPsi() != null && facts.predictionPsi() >= settings.predictionPsiAlert()) {
            triggers.add(String.format(Locale.ROOT, "prediction PSI %.3f", facts.predictionPsi()));
        }
        if (facts.performanceDrift()) {
            triggers.add("performance drift");
        }
        return triggers;
    }

    record Verdict(boolean retrain, String reason) {

        static Verdict retrain(String reason) {
            return new Verdict(true, reason);
        }

        static Verdict skip(String reason) {
            return new Verdict(false, reason);
        }
    }
}
