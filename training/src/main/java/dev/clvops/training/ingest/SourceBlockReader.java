package dev.clvops.training.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a source file as blocks of whole records after its header, skipping a UTF-8 byte order mark. The block
 * buffer is reused: a block is valid until the next call of {@link #next()}. A record longer than
 * {@link #MAX_BLOCK} bytes (an unterminated quote, say) fails the read with the line it starts on.
 *
 * <p>Blocks start small and double up to the buffer's size ({@link #FIRST_BLOCK}, then twice that, ...), so the
 * stage after the reader (the COPY into PostgreSQL) gets its first rows after a millisecond of parsing, not after a
 * whole 4 MB block (50 ms, with the database idle).
 */
final class SourceBlockReader implements AutoCloseable {

    static final int MAX_BLOCK = 256 << 20;
    static final int FIRST_BLOCK = 64 << 10;

    private final Path file;
    private final InputStream in;
    private final RecordBoundaries boundaries;
    private byte[] buffer;
    private int start;
    private int filled;
    private int blockLimit = FIRST_BLOCK;
    private boolean eof;
    private long line = 1;
    private volatile long bytesRead;

    private SourceBlockReader(Path file, SourceLayout layout, int blockSize) throws IOException {
        this.file = file;
        this.in = Files.newInputStream(file);
        this.boundaries = new RecordBoundaries(layout.delimiter());
        this.buffer = new byte[blockSize];
    }

    /** Opens {@code file} positioned at its first data record. */
    static SourceBlockReader open(Path file, SourceLayout layout, int blockSize) throws IOException {
        SourceBlockReader reader = new SourceBlockReader(file, layout, blockSize);
        try {
            reader.fill();
            if (reader.filled >= 3 && (reader.buffer[0] & 0xFF) == 0xEF && (reader.buffer[1] & 0xFF) == 0xBB
                    && (reader.buffer[2] & 0xFF) == 0xBF) {
                reader.start = 3;
            }
            if (layout.header()) {
                reader.skipHeader();
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The next block of whole records, or null at the end of the file. */
    @Nullable SourceBlock next() throws IOException {
        while (true) {
            if (start == filled && eof) {
                return null;
            }
            int limit = filled - start > blockLimit ? start + blockLimit : filled;
            int end = boundaries.scan(buffer, start, limit, eof && limit == filled, false);
            if (end > start) {
                SourceBlock block = new SourceBlock(buffer, start, end - start, line);
                line += boundaries.lines();
                start = end;
                blockLimit = blockLimit > MAX_BLOCK / 2 ? MAX_BLOCK : blockLimit * 2;
                return block;
            }
            if (limit < filled) {
                blockLimit = MAX_BLOCK; // a record longer than the limit: take whole buffers from here on
                continue;
            }
            grow();
        }
    }

    long bytesRead() {
        return bytesRead;
    }

    /** Skips the header: the first record that is not blank, as {@link RecordSplitter} reads it. */
    private void skipHeader() throws IOException {
        while (true) {
            int end = boundaries.scan(buffer, start, filled, eof, true);
            if (end == start) {
                if (eof) {
                    return;
                }
                grow();
                continue;
            }
            boolean blank = new String(buffer, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .isBlank();
            line += boundaries.lines();
            start = end;
            if (!blank) {
                return;
            }
        }
    }

    /** Moves the unread bytes to the front and reads more, doubling the buffer when they already fill it. */
    private void grow() throws IOException {
        if (start == 0 && filled == buffer.length) {
            if (buffer.length >= MAX_BLOCK) {
                throw new IllegalStateException(file.getFileName() + ": the record starting on line " + line
                        + " is longer than " + (MAX_BLOCK >> 20) + " MB (an unterminated quote?)");
            }
            buffer = Arrays.copyOf(buffer, Math.min(MAX_BLOCK, buffer.length * 2));
        }
        fill();
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            start = 0;
        }
        while (filled < buffer.length && !eof) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
                bytesRead += n;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
