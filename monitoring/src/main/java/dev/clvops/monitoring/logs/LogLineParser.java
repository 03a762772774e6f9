package dev.clvops.monitoring.logs;

import dev.clvops.platform.logs.LogEvent;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses one line written by logback's {@code JsonEncoder}; lines that are not such JSON are skipped. */
final class LogLineParser {

    private final JsonMapper mapper = JsonMapper.builder().build();

    Optional<LogEvent> parse(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = mapper.readTree(line);
            JsonNode timestamp = node.get("timestamp");
            String level = text(node, "level");
            if (timestamp == null || !timestamp.isNumber() || level == null) {
                return Optional.empty();
            }
            JsonNode throwable = node.path("throwable");
            return Optional.of(new LogEvent(Instant.ofEpochMilli(timestamp.asLong()), level,
                    orEmpty(text(node, "loggerName")), orEmpty(text(node, "threadName")), message(node),
                    text(throwable, "className"), text(throwable, "message")));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static String message(JsonNode node) {
        String formatted = text(node, "formattedMessage");
        return formatted != null ? formatted : orEmpty(text(node, "message"));
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
