package dev.clvops.deploy.reports;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.store.ReportService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code reportService} bean. It reads the analytics through the {@code CustomerAnalyticsReader} bean when one
 * is wired (else its own {@link AnalyticsQueries}) and the champion through the {@code ModelRegistry} bean, looked
 * up at each generation so reports work (saying "no model yet") before any registry is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
class ReportsConfiguration {

    @Bean
    ReportService reportService(DataSource dataSource, DeploySettings deploy, ReportsProperties properties,
                                ObjectProvider<CustomerAnalyticsReader> analytics,
                                ObjectProvider<ModelRegistry> registry) {
        return new ReportService(dataSource, analytics.getIfAvailable(() -> new AnalyticsQueries(dataSource)),
                registry::getIfAvailable, properties.toSettings(deploy.home()), Clock.systemUTC());
    }
}
