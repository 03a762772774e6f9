package dev.clvops.deploy.ui;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.clvops.ui.login.LoginView;
import dev.clvops.ui.shell.RoleCheck;
import dev.clvops.ui.shell.SignOut;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Beans {@code uiSecurity} (the filter chain of the views: Vaadin's access control of {@code @RolesAllowed} views,
 * form login at {@code /login}, CSRF and logout as Vaadin needs them), {@code navigationTimer} (server time per view,
 * see {@link NavigationTimer}), {@code signOut} and {@code roleCheck} (lets views show parts by role). The chain
 * covers every path except the REST API, actuator and OpenAPI ones, which keep their own chains, so it composes with
 * them. The error page is left out too: an API error dispatched to {@code /error} must keep its status, not turn into
 * a login redirect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UiSecurityConfiguration {

    private static final String[] NOT_UI = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    @Order(0)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(new NegatedRequestMatcher(notUi()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    VaadinServiceInitListener navigationTimer(MeterRegistry registry) {
        return new NavigationTimer(registry);
    }

    @Bean
    SignOut signOut(AuthenticationContext authentication) {
        return authentication::logout;
    }

    @Bean
    RoleCheck roleCheck(AuthenticationContext authentication) {
        return authentication::hasAnyRole;
    }

    private static RequestMatcher notUi() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[NOT_UI.length];
        for (int i = 0; i < NOT_UI.length; i++) {
            matchers[i] = paths.matcher(NOT_UI[i]);
        }
        return new OrRequestMatcher(matchers);
    }
}
