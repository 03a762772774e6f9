package dev.clvops.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.logs.LogEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogsPresenterTests {

    private final GrowingLog log = new GrowingLog();
    private final LogsPresenter presenter = new LogsPresenter(log);

    @Test
    void startShowsTheNewestMatchingLinesFirstAndPollReturnsOnlyLaterMatchingLines() {
        log.write(event("INFO", "scoring started"));
        log.write(event("ERROR", "scoring failed"));
        log.write(event("ERROR", "ingest failed"));

        List<LogEvent> shown = presenter.start(Set.of("ERROR"), "scoring");
        log.write(event("ERROR", "scoring failed again"));
        log.write(event("INFO", "scoring done"));
        log.write(event("ERROR", "upload failed"));
        List<LogEvent> fresh = presenter.poll();

        assertThat(shown).extracting(LogEvent::message).containsExactly("scoring failed");
        assertThat(fresh).extracting(LogEvent::message).containsExactly("scoring failed again");
        assertThat(presenter.poll()).isEmpty();
    }

    @Test
    void withoutFiltersEveryNewLineIsFollowedInOrder() {
        log.write(event("INFO", "before"));
        presenter.start(Set.of(), null);

        log.write(event("WARN", "first"));
        log.write(event("DEBUG", "second"));

        assertThat(presenter.poll()).extracting(LogEvent::message).containsExactly("first", "second");
    }

    @Test
    void linesShowLevelShortLoggerMessageAndExceptionAndErrorsAreRed() {
        LogEvent failure = new LogEvent(Instant.parse("2026-11-16T10:00:00Z"), "ERROR", "dev.clvops.Scoring", "main",
                "scoring failed", "java.lang.IllegalStateException", "no model");

        assertThat(LogsPresenter.line(failure)).endsWith(
                "ERROR Scoring - scoring failed — java.lang.IllegalStateException: no model");
        assertThat(LogsPresenter.colour("ERROR")).isEqualTo("#c62828");
        assertThat(LogsPresenter.colour("INFO")).isEqualTo("var(--lumo-body-text-color)");
    }

    private static LogEvent event(String level, String message) {
        return new LogEvent(Instant.parse("2026-11-16T10:00:00Z"), level, "dev.clvops.Test", "main", message, null,
                null);
    }
}
