package dev.clvops.deploy.monitoring;

import dev.clvops.monitoring.history.JdbcDriftHistory;
import dev.clvops.platform.drift.DriftHistory;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The drift read model over the stored reports (the Model monitoring tab reads it). */
@Configuration(proxyBeanMethods = false)
class DriftHistoryConfiguration {

    @Bean
    DriftHistory driftHistory(DataSource dataSource) {
        return new JdbcDriftHistory(dataSource);
    }
}
