package dev.clvops.training.scoring;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.registry.jdbc.JdbcModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Ingestion, feature store, demo generator and scoring on the test database, with the embedded registry. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"dev.clvops.training.ingest", "dev.clvops.training.features",
        "dev.clvops.training.synthetic", "dev.clvops.training.scoring"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Test(Application|Context)"))
class ScoringTestApplication {

    @Bean
    DataSource dataSource() {
        return TestDatabase.dataSource();
    }

    @Bean
    ModelRegistry modelRegistry(DataSource dataSource) throws IOException {
        return new JdbcModelRegistry(dataSource, Files.createTempDirectory("clvops-registry"), Clock.systemUTC());
    }
}
