package dev.clvops.deploy.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * REST API settings (prefix {@code clvops.api}).
 *
 * @param maxPageSize largest page of a customer list
 * @param maxBudget   largest {@code total_budget} a budget allocation accepts
 * @param jobThreads  jobs running at once
 * @param jobQueue    jobs waiting; a job beyond it is refused with 429
 * @param predict     the champion used by {@code POST /predict}
 */
@ConfigurationProperties("clvops.api")
public record ApiSettings(@DefaultValue("500") int maxPageSize, @DefaultValue("1e12") double maxBudget,
                          @DefaultValue("2") int jobThreads, @DefaultValue("16") int jobQueue,
                          @DefaultValue Predict predict) {

    /**
     * How the predicting champion is chosen and valued (the same rules as the scoring job).
     *
     * @param family             the family whose champion predicts; empty: the champion with the best primary metric
     * @param primaryMetric      registry metric ranking the families' champions
     * @param higherIsBetter     the metric's direction
     * @param annualDiscountRate yearly discount rate of CLV
     * @param grossMargin        share of revenue that is profit
     * @param defaultHorizonDays horizon when the champion's training horizon is unknown
     * @param aliasCheckInterval how often the registry is asked whether the champion alias moved
     */
    public record Predict(@Nullable String family, @DefaultValue("normalized_gini") String primaryMetric,
                          @DefaultValue("true") boolean higherIsBetter,
                          @DefaultValue("0.10") double annualDiscountRate, @DefaultValue("1.0") double grossMargin,
                          @DefaultValue("180") int defaultHorizonDays,
                          @DefaultValue("10s") Duration aliasCheckInterval) {
    }
}
