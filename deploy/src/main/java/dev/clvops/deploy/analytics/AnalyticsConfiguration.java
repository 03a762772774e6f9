package dev.clvops.deploy.analytics;

import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import dev.clvops.reports.analytics.AnalyticsSettings;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans {@code analyticsSettings}, {@code analyticsRefresh}, {@code analyticsQueries} and {@code analyticsRefresher}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    @Bean
    AnalyticsSettings analyticsSettings(AnalyticsProperties properties) {
        return properties.toSettings();
    }

    @Bean
    AnalyticsRefresh analyticsRefresh(DataSource dataSource, AnalyticsSettings settings) {
        return new AnalyticsRefresh(dataSource, settings);
    }

    @Bean
    CustomerAnalyticsReader analyticsQueries(DataSource dataSource) {
        return new AnalyticsQueries(dataSource);
    }

    @Bean
    AnalyticsRefresher analyticsRefresher(AnalyticsRefresh refresh) {
        return new AnalyticsRefresher(refresh);
    }
}
