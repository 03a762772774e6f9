package dev.clvops.monitoring.simulate;

import java.util.List;
import java.util.Locale;

/**
 * How a simulated batch drifts, and the monitored features it moves. The batch is one month of orders on top of the
 * whole stored history, so a feature moves as far as the batch's share of the window it is computed over:
 * {@link #touches()} are the features computed over the batch's month alone (the 30-day windows, the days since the
 * last order), which a sizeable magnitude drives to ALERT; {@link #dilutes()} are the features whose window holds the
 * batch next to older, unchanged orders (90-day windows, lifetime aggregates, the predicted CLV), which move by the
 * batch's share of that window only and may warn. Every other feature should stay put. With magnitude 0 every kind
 * is a drift-free copy of the template month.
 */
public enum DriftKind {

    /**
     * Order values times (1 + magnitude): the 30-day spend of every active customer; diluted: the 90-day and lifetime
     * spend features (one month of two years at the demo's size), the new customers' first order values and the CLV.
     */
    PRICE_SHIFT(List.of("spend_30d"), List.of("spend_90d", "monetary_value", "total_spend", "avg_order_value",
            "first_order_value", "predicted_clv")),
    /** A share (magnitude) of existing customers' repeat purchases is dropped: fewer recent orders, longer gaps. */
    CHURN_WAVE(List.of("orders_30d", "spend_30d", "days_since_last"), List.of("orders_90d", "spend_90d",
            "recency_days", "frequency", "total_spend", "predicted_clv")),
    /** New customers (magnitude times the template's customers) from a channel never seen before: channel. */
    NEW_CHANNEL(List.of("channel"), List.of());

    /** The channel NEW_CHANNEL customers come from. */
    public static final String NEW_CHANNEL_NAME = "simulated-new-channel";

    private final List<String> touches;
    private final List<String> dilutes;

    DriftKind(List<String> touches, List<String> dilutes) {
        this.touches = touches;
        this.dilutes = dilutes;
    }

    /** The monitored features this kind moves outright: ALERT at a sizeable magnitude. */
    public List<String> touches() {
        return touches;
    }

    /** The monitored features this kind moves only by the batch's share of their window: they may warn. */
    public List<String> dilutes() {
        return dilutes;
    }

    /** Whether this kind moves the feature at all, outright or diluted; the others should stay put. */
    public boolean moves(String feature) {
        return touches.contains(feature) || dilutes.contains(feature);
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
