package dev.clvops.monitoring.logs;

import dev.clvops.platform.logs.LogEvent;
import dev.clvops.platform.logs.LogTail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Reads the complete lines appended to a file since an offset, at most {@code maxBytes} per call. */
final class LogTailer {

    private final LogLineParser parser = new LogLineParser();
    private final int maxBytes;

    LogTailer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    LogTail tail(Path file, long fromOffset) {
        if (fromOffset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + fromOffset);
        }
        if (!Files.exists(file)) {
            return new LogTail(List.of(), 0, fromOffset > 0);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean restarted = channel.size() < fromOffset;
            long start = restarted ? 0 : fromOffset;
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(maxBytes, channel.size() - start));
            channel.read(buffer, start);
            return complete(buffer.array(), buffer.position(), start, restarted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tail the log file " + file, e);
        }
    }

    private LogTail complete(byte[] bytes, int length, long start, boolean restarted) {
        int end = length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        List<LogEvent> events = new ArrayList<>();
        for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
            parser.parse(line.strip()).ifPresent(events::add);
        }
        return new LogTail(events, start + end, restarted);
    }
}
