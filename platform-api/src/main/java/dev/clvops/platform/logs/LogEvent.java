package dev.clvops.platform.logs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One parsed log event.
 *
 * @param time when it was logged
 * @param level TRACE, DEBUG, INFO, WARN or ERROR
 * @param logger the logger's name
 * @param thread the logging thread
 * @param message the formatted message
 * @param exceptionType the logged throwable's class name; null without a throwable
 * @param exceptionMessage the throwable's message; null without one
 */
public record LogEvent(Instant time, String level, String logger, String thread, String message,
                       @Nullable String exceptionType, @Nullable String exceptionMessage) {

    public static final String ERROR = "ERROR";
    public static final String WARN = "WARN";

    public boolean isError() {
        return ERROR.equals(level);
    }
}
