package dev.clvops.deploy.analytics;

import dev.clvops.platform.analytics.ClvDistributionReader;
import dev.clvops.reports.facts.JdbcClvDistribution;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code clvDistribution} bean: predicted CLV distribution and customer pages with intervals. */
@Configuration(proxyBeanMethods = false)
class ClvDistributionConfiguration {

    @Bean
    ClvDistributionReader clvDistribution(DataSource dataSource) {
        return new JdbcClvDistribution(dataSource);
    }
}
