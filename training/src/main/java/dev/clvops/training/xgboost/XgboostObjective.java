package dev.clvops.training.xgboost;

/** How the value booster models the future value. */
public enum XgboostObjective {

    /** Squared error on {@code log1p(value)}; predictions are mapped back with {@code expm1}. */
    LOG1P("reg:squarederror"),

    /** Tweedie deviance on the raw value ({@code reg:tweedie}), suited to many zeros and a long tail. */
    TWEEDIE("reg:tweedie");

    private final String xgboostName;

    XgboostObjective(String xgboostName) {
        this.xgboostName = xgboostName;
    }

    String xgboostName() {
        return xgboostName;
    }

    /** The label the booster is trained on for a (non-negative) value. */
    float label(double value) {
        return (float) (this == LOG1P ? Math.log1p(value) : value);
    }

    /** The value for a booster output (transformed output, not the margin). */
    double value(float output) {
        return this == LOG1P ? Math.max(0.0, Math.expm1(output)) : output;
    }
}
