package dev.clvops.deploy.analytics;

import dev.clvops.platform.analytics.SegmentationReader;
import dev.clvops.reports.analytics.SegmentationQueries;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean {@code segmentationQueries}: the segmentation details analytics runs store, for the RFM tab. */
@Configuration(proxyBeanMethods = false)
class SegmentationConfiguration {

    @Bean
    SegmentationReader segmentationQueries(DataSource dataSource) {
        return new SegmentationQueries(dataSource);
    }
}
