package dev.clvops.deploy.ops;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where the JSON log files are: logback's {@code LOG_DIR} (logback.xml derives it from {@code CLVOPS_HOME} when
 * logging starts, before Spring), so log analytics reads the files actually written even when the platform home is
 * set later, e.g. with {@code --clvops.deploy.home}; {@code <home>/logs} when logback is not the SLF4J backend.
 */
final class LogDirectory {

    private LogDirectory() {
    }

    static Path of(Path home) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            String directory = logback.getProperty("LOG_DIR");
            if (directory != null && !directory.isBlank()) {
                return Path.of(directory);
            }
        }
        return home.resolve("logs");
    }
}
