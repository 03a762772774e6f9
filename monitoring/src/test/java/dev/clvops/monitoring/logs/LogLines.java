package dev.clvops.monitoring.logs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes log lines in the shape of logback's JsonEncoder as configured in deploy's logback.xml. */
final class LogLines {

    private final List<String> lines = new ArrayList<>();

    LogLines add(String time, String level, String message) {
        return add(time, level, message, null);
    }

    LogLines add(String time, String level, String message, String exceptionType) {
        String throwable = exceptionType == null ? ""
                : ",\"throwable\":{\"className\":\"" + exceptionType + "\",\"message\":\"boom\",\"stepArray\":[]}";
        lines.add("{\"timestamp\":" + Instant.parse(time).toEpochMilli() + ",\"level\":\"" + level
                + "\",\"threadName\":\"main\",\"loggerName\":\"dev.clvops.Test\",\"mdc\": {},\"formattedMessage\":\""
                + message + "\"" + throwable + "}");
        return this;
    }

    LogLines raw(String line) {
        lines.add(line);
        return this;
    }

    Path writeTo(Path file) throws IOException {
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        return file;
    }

    Path gzipTo(Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text().getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
