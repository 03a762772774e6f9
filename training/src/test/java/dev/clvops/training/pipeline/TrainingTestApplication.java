package dev.clvops.training.pipeline;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.registry.PromotionGate;
import dev.clvops.training.registry.jdbc.JdbcModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Spring Boot with batch on the test database, the whole training module and the embedded (JDBC) registry. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "dev.clvops.training", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*TestContext"),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)})
class TrainingTestApplication {

    static final Path ARTIFACTS = artifacts();

    @Bean
    DataSource dataSource() {
        return TestDatabase.dataSource();
    }

    @Bean
    TrainingSettings trainingSettings() {
        return TrainingSettings.defaults();
    }

    @Bean
    ModelRegistry modelRegistry(DataSource dataSource) {
        return new JdbcModelRegistry(dataSource, ARTIFACTS, Clock.systemUTC());
    }

    @Bean
    PromotionGate promotionGate(ModelRegistry registry, TrainingSettings settings) {
        return new PromotionGate(registry, settings.promotionPolicy(), Clock.systemUTC());
    }

    private static Path artifacts() {
        try {
            return Files.createTempDirectory("clvops-artifacts");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
