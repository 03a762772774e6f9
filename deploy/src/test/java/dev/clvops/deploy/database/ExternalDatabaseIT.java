package dev.clvops.deploy.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** With CLVOPS_DB_URL set, the platform uses that PostgreSQL and starts no embedded one. */
class ExternalDatabaseIT {

    private static final Path BINARIES = Path.of(System.getProperty("CLVOPS_PG_BINARIES", "target/postgres-bin"));

    @TempDir
    Path externalHome;

    @TempDir
    Path platformHome;

    @Test
    void usesTheGivenDatabaseAndStartsNoEmbeddedOne() {
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.startOrAttach(externalHome, BINARIES, 0);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(ClvopsApplication.class)
                     .web(WebApplicationType.NONE)
                     .run("--CLVOPS_DB_URL=" + external.jdbcUrl(), "--CLVOPS_DB_USER=" + external.user(),
                             "--clvops.deploy.home=" + platformHome)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            Integer port = jdbc.queryForObject("SELECT current_setting('port')::int", Integer.class);
            Integer migrations = jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success",
                    Integer.class);

            assertThat(port).isEqualTo(external.port());
            assertThat(migrations).isPositive();
            assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(platformHome.resolve("postgres")).doesNotExist();
        }
    }
}
