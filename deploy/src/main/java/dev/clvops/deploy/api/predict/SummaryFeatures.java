package dev.clvops.deploy.api.predict;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Maps a {@link CustomerSummary} to a model's {@link CustomerRow}, feature by name, as the feature store computes
 * them: frequency = total_orders - 1 (orders stand in for purchase days), recency = days since first - days since
 * last purchase, T = days since first purchase (both in the model's unit), monetary value = average order value
 * (0 without repeat purchases), total/net spend, order count, tenure, distinct categories, return rate, and the
 * one-hot columns {@code channel=}, {@code acquisition_source=}, {@code country=} (value absent from the model's
 * levels: its {@code =other} column). A feature given in {@code features} by name wins. Any other feature is
 * "defaulted": NaN (the missing value of the ML models), one-hot columns 0.
 */
final class SummaryFeatures {

    private final List<String> names;
    private final TimeUnit unit;

    SummaryFeatures(List<String> names, TimeUnit unit) {
        this.names = List.copyOf(names);
        this.unit = unit;
    }

    CustomerRow row(CustomerSummary s) {
        int frequency = s.totalOrders() - 1;
        double first = s.daysSinceFirstPurchase();
        double last = s.daysSinceLastPurchase();
        double monetary = frequency > 0 ? s.avgOrderValue() : 0;
        double[] features = new double[names.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = value(names.get(i), s);
        }
        return new CustomerRow(s.customerId() == null ? "request" : s.customerId(), frequency,
                unit.fromDays(first - last), unit.fromDays(first), monetary, features, Double.NaN, -1);
    }

    /** The model features this summary does not determine. */
    List<String> defaulted(CustomerSummary s) {
        List<String> defaulted = new ArrayList<>();
        for (String name : names) {
            if (!name.contains("=") && Double.isNaN(value(name, s))) {
                defaulted.add(name);
            }
        }
        return defaulted;
    }

    private double value(String name, CustomerSummary s) {
        Map<String, Double> given = s.features();
        if (given != null && given.containsKey(name)) {
            return Objects.requireNonNull(given.get(name));
        }
        int eq = name.indexOf('=');
        if (eq > 0) {
            return oneHot(name.substring(0, eq), name.substring(eq + 1), s);
        }
        ToDoubleFunction<CustomerSummary> known = derived.get(name);
        return known == null ? Double.NaN : known.applyAsDouble(s);
    }

    private double oneHot(String column, String level, CustomerSummary s) {
        String value = switch (column) {
            case "channel" -> s.channel();
            case "acquisition_source" -> s.acquisitionSource();
            case "country" -> s.country();
            default -> null;
        };
        if (value == null) {
            return 0;
        }
        if (level.equals("other")) {
            return names.contains(column + "=" + value) ? 0 : 1;
        }
        return level.equals(value) ? 1 : 0;
    }

    private ToDoubleFunction<CustomerSummary> days(ToDoubleFunction<CustomerSummary> f) {
        return s -> unit.fromDays(f.applyAsDouble(s));
    }

    private final Map<String, ToDoubleFunction<CustomerSummary>> derived = Map.ofEntries(
            Map.entry("frequency", s -> s.totalOrders() - 1),
            Map.entry("recency", days(s -> s.daysSinceFirstPurchase() - s.daysSinceLastPurchase())),
            Map.entry("T", days(CustomerSummary::daysSinceFirstPurchase)),
            Map.entry("monetary_value", s -> s.totalOrders() > 1 ? s.avgOrderValue() : 0),
            Map.entry("total_spend", CustomerSummary::totalSpent),
            Map.entry("net_spend", s -> s.totalSpent() * (1 - s.returnRate())),
            Map.entry("order_count", s -> s.totalOrders()),
            Map.entry("avg_order_value", CustomerSummary::avgOrderValue),
            Map.entry("days_since_last", CustomerSummary::daysSinceLastPurchase),
            Map.entry("tenure_days", CustomerSummary::daysSinceFirstPurchase),
            Map.entry("distinct_categories", s -> s.numCategories()),
            Map.entry("return_rate", CustomerSummary::returnRate));
}
