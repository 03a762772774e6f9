package dev.clvops.deploy.reports;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.store.JdbcExecutiveFacts;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code executiveFacts} bean: the executive PDF's numbers for the Executive summary tab, read with the same
 * settings and registry lookup as the {@code reportService}.
 */
@Configuration(proxyBeanMethods = false)
class ExecutiveFactsConfiguration {

    @Bean
    ExecutiveFactsReader executiveFacts(DataSource dataSource, DeploySettings deploy, ReportsProperties properties,
                                        ObjectProvider<CustomerAnalyticsReader> analytics,
                                        ObjectProvider<ModelRegistry> registry) {
        return new JdbcExecutiveFacts(dataSource, analytics.getIfAvailable(() -> new AnalyticsQueries(dataSource)),
                registry::getIfAvailable, properties.toSettings(deploy.home()));
    }
}
