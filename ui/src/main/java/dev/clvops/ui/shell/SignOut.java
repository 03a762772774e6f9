package dev.clvops.ui.shell;

/** Ends the current user's session; the deploy module implements it with its security integration. */
@FunctionalInterface
public interface SignOut {

    void signOut();
}
