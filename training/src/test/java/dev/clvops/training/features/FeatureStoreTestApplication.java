package dev.clvops.training.features;

import dev.clvops.platform.testing.TestDatabase;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/** The beans a Spring Boot app with spring-boot-starter-batch-jdbc has, plus this package, on the test database. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
class FeatureStoreTestApplication {

    @Bean
    DataSource dataSource() {
        return TestDatabase.dataSource();
    }
}
