package dev.clvops.ui.shell;

/** The platform's role names as {@code @RolesAllowed} takes them (Spring Security adds the {@code ROLE_} prefix). */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String OPS = "OPS";
    public static final String ANALYST = "ANALYST";
    public static final String LEADERSHIP = "LEADERSHIP";

    private Roles() {
    }
}
