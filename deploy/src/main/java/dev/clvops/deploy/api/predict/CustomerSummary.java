package dev.clvops.deploy.api.predict;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /predict} takes: a customer's history in summary. Any other feature of the champion can be given
 * by its feature name in {@code features} (e.g. {@code orders_90d}, {@code ipt_mean_days}).
 */
@Schema(description = "A customer's purchase history in summary")
public record CustomerSummary(@Nullable String customerId,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1") @Nullable Integer totalOrders,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Double totalSpent,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Double avgOrderValue,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Double daysSinceFirstPurchase,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Double daysSinceLastPurchase,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer numCategories,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String acquisitionSource,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maximum = "1") @Nullable Double returnRate,
                              @Nullable String channel, @Nullable String country,
                              @Nullable Map<String, Double> features) {

    /** Each missing or invalid field (snake_case, as sent) with what is wrong; empty when the summary is usable. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        require(problems, "total_orders", totalOrders, totalOrders != null && totalOrders >= 1, "must be at least 1");
        nonNegative(problems, "total_spent", totalSpent);
        nonNegative(problems, "avg_order_value", avgOrderValue);
        nonNegative(problems, "days_since_first_purchase", daysSinceFirstPurchase);
        nonNegative(problems, "days_since_last_purchase", daysSinceLastPurchase);
        require(problems, "num_categories", numCategories, numCategories != null && numCategories >= 0,
                "must not be negative");
        require(problems, "acquisition_source", acquisitionSource,
                acquisitionSource != null && !acquisitionSource.isBlank(), "must not be blank");
        require(problems, "return_rate", returnRate, returnRate != null && returnRate >= 0 && returnRate <= 1,
                "must be between 0 and 1");
        if (daysSinceFirstPurchase != null && daysSinceLastPurchase != null
                && daysSinceLastPurchase > daysSinceFirstPurchase) {
            problems.put("days_since_last_purchase", "must not exceed days_since_first_purchase");
        }
        if (features != null) {
            features.forEach((name, value) -> {
                if (value == null || value.isInfinite()) {
                    problems.put("features." + name, "must be a finite number");
                }
            });
        }
        return problems;
    }

    private static void nonNegative(Map<String, String> problems, String field, @Nullable Double value) {
        require(problems, field, value, value != null && Double.isFinite(value) && value >= 0,
                "must be a number >= 0");
    }

    private static void require(Map<String, String> problems, String field, @Nullable Object value, boolean valid,
                                String rule) {
        if (value == null) {
            problems.put(field, "is required");
        } else if (!valid) {
            problems.put(field, rule + " (got " + value + ")");
        }
    }
}
