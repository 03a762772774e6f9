package dev.clvops.training.xgboost;

import dev.clvops.platform.model.ClvSettings;

/**
 * Turns a predicted revenue over the horizon into CLV: margin times a discount factor. The model has no timing of
 * purchases within the horizon, so they are taken as spread evenly over it and the factor is the mean of the
 * continuous discount curve: {@code (1 - (1+d)^-h) / (h ln(1+d))} with {@code h} the horizon in years.
 */
record HorizonValuation(double factor) {

    static HorizonValuation of(int horizonDays, ClvSettings settings) {
        double years = horizonDays / 365.0;
        double rate = settings.annualDiscountRate();
        double discount = rate == 0 || years == 0
                ? 1.0
                : (1 - Math.pow(1 + rate, -years)) / (years * Math.log1p(rate));
        return new HorizonValuation(settings.grossMargin() * discount);
    }

    double apply(double revenue) {
        return revenue * factor;
    }
}
