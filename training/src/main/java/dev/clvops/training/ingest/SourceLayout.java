package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read one file: its format, text encoding, delimiter ({@link RecordSplitter#WHITESPACE} for CDNOW),
 * whether the first record is a header, how many fields a record has and where each known column is.
 */
record SourceLayout(String fileName, IngestFormat format, Charset charset, char delimiter, boolean header,
                    int columnCount, Map<String, Integer> columns) {

    SourceLayout {
        columns = Map.copyOf(columns);
    }

    /** The index of a column by its canonical name, or -1 when the file does not have it. */
    int index(String canonical) {
        return columns.getOrDefault(canonical, -1);
    }
}
