package dev.clvops.deploy.ui;

import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import dev.clvops.reports.analytics.AnalyticsSettings;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Test users, one per role (password = user name), and the analytics read model over the test database. */
@TestConfiguration(proxyBeanMethods = false)
class UiTestBeans {

    static final String PASSWORD_SUFFIX = "-secret";

    @Bean
    UserDetailsService testUsers() {
        return new InMemoryUserDetailsManager(user("admin", "ADMIN"), user("analyst", "ANALYST"),
                user("ops", "OPS"), user("lead", "LEADERSHIP"));
    }

    /** Stands in for the REST API's own chain, to show the UI chain leaves {@code /api/**} to it. */
    @Bean
    @Order(1)
    SecurityFilterChain testApiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**").csrf(csrf -> csrf.disable()).httpBasic(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).build();
    }

    @Bean
    CustomerAnalyticsReader analyticsReader(DataSource dataSource) {
        return new AnalyticsQueries(dataSource);
    }

    @Bean
    AnalyticsRefresh analyticsRefresh(DataSource dataSource) {
        return new AnalyticsRefresh(dataSource, AnalyticsSettings.defaults());
    }

    @SuppressWarnings("deprecation") // plain-text test passwords, never outside tests
    private static org.springframework.security.core.userdetails.UserDetails user(String name, String role) {
        return User.withDefaultPasswordEncoder().username(name).password(name + PASSWORD_SUFFIX).roles(role).build();
    }
}
