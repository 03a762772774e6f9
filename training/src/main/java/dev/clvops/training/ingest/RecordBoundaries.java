package dev.clvops.training.ingest;

/**
 * Finds where records end in raw bytes with {@link RecordSplitter}'s rules (a quote opens only at the start of a
 * field, doubled quotes inside quotes, LF, CRLF or CR line ends), so a file can be cut into blocks of whole
 * records, and counts the physical lines up to the last record end.
 */
final class RecordBoundaries {

    private final byte delimiter;
    private int recordEnd;
    private long recordEndLines;

    RecordBoundaries(char delimiter) {
        this.delimiter = (byte) delimiter;
    }

    /**
     * Scans {@code bytes[from, to)}, which start at a record boundary; {@code eof} says no bytes follow. With
     * {@code first} it stops after the first record. Returns the index after the last record end found, or
     * {@code from} when there is none.
     */
    int scan(byte[] bytes, int from, int to, boolean eof, boolean first) {
        recordEnd = from;
        recordEndLines = 0;
        long lines = 0;
        boolean inQuotes = false;
        boolean fieldEmpty = true;
        boolean quotedField = false;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            boolean lastByte = i + 1 == to;
            if (c == '\r' && lastByte && !eof) {
                break; // its LF may follow in the next read
            }
            if (inQuotes) {
                if (c == '"') {
                    if (lastByte && !eof) {
                        break; // a doubled quote may be split
                    }
                    inQuotes = !lastByte && bytes[i + 1] == '"';
                    i += inQuotes ? 1 : 0;
                } else if (c == '\n' || c == '\r' && (lastByte || bytes[i + 1] != '\n')) {
                    lines++;
                }
            } else if (c == '\n' || c == '\r') {
                boolean crlf = c == '\r' && !lastByte && bytes[i + 1] == '\n';
                i += crlf ? 1 : 0;
                lines++;
                recordEnd = i + 1;
                recordEndLines = lines;
                fieldEmpty = true;
                quotedField = false;
                if (first) {
                    return recordEnd;
                }
            } else if (c == delimiter) {
                fieldEmpty = true;
                quotedField = false;
            } else if (c == '"' && fieldEmpty && !quotedField) {
                inQuotes = true;
                quotedField = true;
            } else {
                fieldEmpty = false;
            }
        }
        if (eof && recordEnd < to && !(first && recordEnd > from)) {
            recordEnd = to;
            recordEndLines = lines + 1;
        }
        return recordEnd;
    }

    /** Physical lines up to the last record end of the last scan (a final record without line end counts one). */
    long lines() {
        return recordEndLines;
    }
}
