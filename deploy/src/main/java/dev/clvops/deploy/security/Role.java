package dev.clvops.deploy.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The platform's roles; a user has one or more, an API token exactly one. */
public enum Role {
    /** Users and tokens. */
    ADMIN,
    /** Jobs, retraining, models, logs, health. */
    OPS,
    /** Segments, exports, uploads, playbook, predictions. */
    ANALYST,
    /** Dashboards and reports. */
    LEADERSHIP;

    /** The Spring Security authority, e.g. {@code ROLE_OPS}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses a role name case-insensitively, naming the allowed values when it is none. */
    public static Role parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + value + "' (expected one of "
                    + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", ")) + ")");
        }
    }
}
