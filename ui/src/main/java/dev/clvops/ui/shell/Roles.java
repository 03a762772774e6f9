package dev.clvops.ui.shell;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Arrays;

/** The platform's role names as {@code @RolesAllowed} takes them (Spring Security adds the {@code ROLE_} prefix). */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String OPS = "OPS";
    public static final String ANALYST = "ANALYST";
    public static final String LEADERSHIP = "LEADERSHIP";

    private Roles() {
    }

    /** Whether the signed-in user of the current request has any of {@code roles}. */
    public static boolean currentUserHasAny(String... roles) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && Arrays.stream(roles).anyMatch(request::isUserInRole);
    }
}
