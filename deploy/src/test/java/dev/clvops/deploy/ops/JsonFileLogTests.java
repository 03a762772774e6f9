package dev.clvops.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.monitoring.logs.JsonLogAnalytics;
import dev.clvops.platform.logs.LogEvent;
import dev.clvops.platform.logs.LogPage;
import dev.clvops.platform.logs.LogQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** logback.xml writes JSON lines to $CLVOPS_HOME/logs/clvops.log that LogAnalytics reads back. */
class JsonFileLogTests {

    private static final Path LOGS = Path.of(System.getProperty("CLVOPS_HOME")).resolve("logs");

    @Test
    void theFileLogIsJsonThatLogAnalyticsParsesWithLevelAndExceptionType() throws Exception {
        String marker = "json-log-check-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);

        LoggerFactory.getLogger(JsonFileLogTests.class).error("Scoring failed for {}", marker,
                new IllegalStateException("no champion"));
        LogPage page = new JsonLogAnalytics(LOGS, ZoneOffset.UTC)
                .search(new LogQuery(before, null, Set.of("ERROR"), marker), 0, 10);

        assertThat(Files.readAllLines(LOGS.resolve("clvops.log"))).filteredOn(line -> line.contains(marker))
                .singleElement().satisfies(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(page.events()).singleElement().satisfies(event -> {
            assertThat(event.message()).isEqualTo("Scoring failed for " + marker);
            assertThat(event.logger()).isEqualTo(JsonFileLogTests.class.getName());
            assertThat(event.exceptionType()).isEqualTo("java.lang.IllegalStateException");
            assertThat(event.exceptionMessage()).isEqualTo("no champion");
            assertThat(event.time()).isAfterOrEqualTo(before);
        });
        assertThat(page.events()).extracting(LogEvent::level).containsOnly("ERROR");
    }
}
