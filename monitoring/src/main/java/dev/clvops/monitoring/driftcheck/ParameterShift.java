package dev.clvops.monitoring.driftcheck;

/**
 * One BTYD parameter of the champion against the same family refitted on the recent window of the current snapshot.
 *
 * @param parameter the parameter name, e.g. {@code r}, {@code spend.q}
 * @param trained the champion's value
 * @param refitted the refitted value
 * @param relativeChange {@code |refitted - trained| / |trained|}
 * @param alert whether the change exceeds the tolerance
 */
public record ParameterShift(String parameter, double trained, double refitted, double relativeChange,
                             boolean alert) {

    /** Judges a refitted parameter: it alerts when its relative change exceeds {@code tolerance}. */
    public static ParameterShift of(String parameter, double trained, double refitted, double tolerance) {
        double change = Math.abs(refitted - trained) / Math.max(Math.abs(trained), Double.MIN_NORMAL);
        return new ParameterShift(parameter, trained, refitted, change, change > tolerance);
    }
}
