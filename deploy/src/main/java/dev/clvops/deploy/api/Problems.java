package dev.clvops.deploy.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problem+json errors of the API: 404 with a reason, 400 naming the invalid fields. */
public final class Problems {

    private Problems() {
    }

    public static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                detail), null);
    }

    /** A 400 whose {@code invalid_fields} property maps each field to what is wrong with it. */
    public static ErrorResponseException invalid(Map<String, String> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid request: " + String.join("; ", fields.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList()));
        problem.setTitle("Invalid request");
        problem.setProperty("invalid_fields", Map.copyOf(fields));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    public static ErrorResponseException invalid(String field, String reason) {
        return invalid(Map.of(field, reason));
    }

    public static ErrorResponseException status(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    /** The field names of a map of invalid fields, sorted, for messages. */
    static List<String> names(Map<String, String> fields) {
        return fields.keySet().stream().sorted().toList();
    }
}
