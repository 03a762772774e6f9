package dev.clvops.platform.health;

/**
 * The version of one dependency.
 *
 * @param name the component, e.g. {@code Spring Boot}
 * @param version its version; {@code unknown} when its jar does not say, {@code absent} when not on the classpath
 */
public record ComponentVersion(String name, String version) {

    public static final String UNKNOWN = "unknown";
    public static final String ABSENT = "absent";
}
