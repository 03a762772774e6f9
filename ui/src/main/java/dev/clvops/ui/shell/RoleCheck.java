package dev.clvops.ui.shell;

/**
 * Tells whether the signed-in user has one of some {@link Roles}, for views that show parts only some roles may
 * use; the deploy module implements it with its security integration.
 */
@FunctionalInterface
public interface RoleCheck {

    boolean hasAnyRole(String... roles);
}
