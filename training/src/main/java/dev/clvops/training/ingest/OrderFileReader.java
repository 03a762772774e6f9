package dev.clvops.training.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of a source file after its header, and tells how many bytes it has consumed so far.
 * A run is never resumed from the middle (a broken run is abandoned and ingested again), so it keeps no state
 * in the execution context.
 */
class OrderFileReader implements ItemStreamReader<SourceRecord> {

    private final Path file;
    private final SourceLayout layout;
    private volatile long bytesRead;
    private @Nullable Reader text;
    private @Nullable RecordSplitter records;

    OrderFileReader(Path file, SourceLayout layout) {
        this.file = file;
        this.layout = layout;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            text = SourceText.open(new CountingStream(Files.newInputStream(file)), layout.charset());
            records = new RecordSplitter(text, layout.delimiter());
            if (layout.header()) {
                records.next();
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + file, e);
        }
    }

    @Override
    public @Nullable SourceRecord read() throws IOException {
        if (records == null) {
            throw new IllegalStateException("reader of " + file + " is not open");
        }
        return records.next();
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() {
        try {
            if (text != null) {
                text.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private final class CountingStream extends FilterInputStream {

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }
    }
}
