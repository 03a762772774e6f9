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

/**
 * The analytics read model over the test database (named like the application's own beans, which these replace
 * where they exist), and a stand-in for the REST API's security chain.
 */
@TestConfiguration(proxyBeanMethods = false)
class UiTestBeans {

    /** Stands in for (and, where it exists, replaces) the REST API's chain: the UI chain must leave /api to it. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**").csrf(csrf -> csrf.disable()).httpBasic(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).build();
    }

    @Bean
    CustomerAnalyticsReader analyticsQueries(DataSource dataSource) {
        return new AnalyticsQueries(dataSource);
    }

    @Bean
    AnalyticsRefresh analyticsRefresh(DataSource dataSource) {
        return new AnalyticsRefresh(dataSource, AnalyticsSettings.defaults());
    }
}
