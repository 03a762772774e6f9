/**
 * Serves the ui module's Vaadin views: the app shell (Lumo theme, server push) and the Spring Security filter chain
 * for every path outside the REST API and actuator, with the sign-in view at {@code /login}. Users come from the
 * application's {@code UserDetailsService}.
 */
@NullMarked
package dev.clvops.deploy.ui;

import org.jspecify.annotations.NullMarked;
