package dev.clvops.deploy.api;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Rows read with plain SQL as JSON-ready maps: dates as ISO dates, timestamps as instants, JSONB as JSON. */
public final class JdbcValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JdbcValues() {
    }

    public static List<Map<String, Object>> rows(JdbcClient.StatementSpec statement) {
        return statement.query().listOfRows().stream().map(JdbcValues::plain).toList();
    }

    public static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, value(value)));
        return plain;
    }

    private static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case Date date -> date.toLocalDate();
            case Timestamp timestamp -> timestamp.toInstant();
            case PGobject json when json.getValue() != null && json.getType().startsWith("json") ->
                    JSON.readTree(json.getValue());
            case PGobject other -> other.getValue();
            default -> value;
        };
    }
}
