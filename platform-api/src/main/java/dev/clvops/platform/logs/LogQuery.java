package dev.clvops.platform.logs;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A log search: all conditions must hold.
 *
 * @param from first instant included; null for no lower bound
 * @param to first instant excluded; null for no upper bound
 * @param levels the levels to include, e.g. {@code ERROR, WARN}; empty for all
 * @param text case-insensitive text in the message, logger or exception; null or blank for any
 */
public record LogQuery(@Nullable Instant from, @Nullable Instant to, Set<String> levels, @Nullable String text) {

    public LogQuery {
        levels = Set.copyOf(levels);
        text = text == null || text.isBlank() ? null : text.toLowerCase(Locale.ROOT);
    }

    public static LogQuery all() {
        return new LogQuery(null, null, Set.of(), null);
    }

    /** True when {@code event} meets every condition. */
    public boolean matches(LogEvent event) {
        return (from == null || !event.time().isBefore(from))
                && (to == null || event.time().isBefore(to))
                && (levels.isEmpty() || levels.contains(event.level()))
                && (text == null || contains(event.message()) || contains(event.logger())
                        || contains(event.exceptionType()) || contains(event.exceptionMessage()));
    }

    private boolean contains(@Nullable String field) {
        return field != null && text != null && field.toLowerCase(Locale.ROOT).contains(text);
    }
}
