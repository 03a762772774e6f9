package dev.clvops.platform.drift;

/**
 * A BTYD parameter of the champion against the same family refitted on the current snapshot.
 *
 * @param parameter the parameter, e.g. {@code r}, {@code spend.q}
 * @param trained the champion's value
 * @param refitted the refitted value
 * @param relativeChange {@code |refitted - trained| / |trained|}
 * @param alert whether the change exceeds the tolerance
 */
public record ParameterShift(String parameter, double trained, double refitted, double relativeChange,
                             boolean alert) {
}
