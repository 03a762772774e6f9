package dev.clvops.deploy.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API ({@code /api/**}: stateless, bearer token or HTTP Basic, no CSRF since no cookie
 * authenticates it, problem+json errors) and the rest (form login with CSRF for the UI, public health, OpenAPI
 * document and Swagger UI, prometheus public unless {@code clvops.security.prometheus-public=false}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {

    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    /**
     * No observation per security filter, authentication and authorisation: wrapping each of the ~15 filters cost
     * more CPU than predicting (bench/README.md); requests are still timed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
                                    ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(bearer(tokens, problems, contexts), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(WebSecurityConfiguration::roleMatrix)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SecuritySettings settings, ApiTokens tokens,
                                    ProblemResponses problems, ObjectProvider<SecurityContextHolderStrategy> contexts)
            throws Exception {
        return http.addFilterBefore(bearer(tokens, problems, contexts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC).permitAll();
                    if (settings.prometheusPublic()) {
                        requests.requestMatchers("/actuator/prometheus").permitAll();
                    }
                    roleMatrix(requests);
                })
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    /** The filter writes where the chain's filters read: the context's strategy bean, as Spring Security does. */
    private static BearerTokenFilter bearer(ApiTokens tokens, ProblemResponses problems,
                                            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        return new BearerTokenFilter(tokens, problems,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    private static void roleMatrix(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // a streamed response's async dispatch and error dispatches were authorised on the original request
        requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
        for (RoleMatrix.Group group : RoleMatrix.GROUPS) {
            requests.requestMatchers(group.paths().toArray(String[]::new)).hasAnyRole(RoleMatrix.authorities(group));
        }
        requests.anyRequest().authenticated();
    }
}
