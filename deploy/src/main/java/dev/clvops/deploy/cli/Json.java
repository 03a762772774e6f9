package dev.clvops.deploy.cli;

import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes command results as one pretty-printed JSON document. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String write(Object document) {
        return MAPPER.writeValueAsString(document);
    }

    /** The document printed instead of a result when a command fails. */
    static String error(int exitCode, String message) {
        return write(Map.of("error", Map.of("exitCode", exitCode, "message", message)));
    }
}
