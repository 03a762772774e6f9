package dev.clvops.monitoring.simulate;

import java.util.List;
import java.util.Locale;

/**
 * How a simulated batch drifts, and the monitored features it is meant to move. With magnitude 0 every kind is a
 * drift-free copy of the template month.
 */
public enum DriftKind {

    /** Order values times (1 + magnitude): spend features and the predicted CLV. */
    PRICE_SHIFT(List.of("monetary_value", "total_spend", "avg_order_value", "spend_30d", "spend_90d",
            "first_order_value", "predicted_clv")),
    /** A share (magnitude) of existing customers' repeat purchases is dropped: fewer orders, longer gaps. */
    CHURN_WAVE(List.of("orders_30d", "orders_90d", "spend_30d", "spend_90d", "days_since_last", "recency_days",
            "frequency", "total_spend", "predicted_clv")),
    /** New customers (magnitude times the template's customers) from a channel never seen before: channel. */
    NEW_CHANNEL(List.of("channel"));

    /** The channel NEW_CHANNEL customers come from. */
    public static final String NEW_CHANNEL_NAME = "simulated-new-channel";

    private final List<String> touches;

    DriftKind(List<String> touches) {
        this.touches = touches;
    }

    /** The monitored features this kind may move; the others should stay put. */
    public List<String> touches() {
        return touches;
    }

    /** Parses the CLI spelling, e.g. {@code price-shift}. */
    public static DriftKind parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown drift kind '" + value
                    + "' (known: price-shift, churn-wave, new-channel)", e);
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
