package dev.clvops.training.ingest;

/**
 * Finds where records end in raw bytes with {@link RecordSplitter}'s rules (a quote opens only at the start of a
 * field, doubled quotes inside quotes, LF, CRLF or CR line ends), so a file can be cut into blocks of whole
 * records, and counts the physical lines up to the last record end.
 */
final class RecordBoundaries {

    private static final long LF = WordScan.pattern((byte) '\n');
    private static final long CR = WordScan.pattern((byte) '\r');
    private static final long QUOTE = WordScan.pattern((byte) '"');

    private final byte delimiter;
    private final long delimiters;
    private int recordEnd;
    private long recordEndLines;
    private long lines;
    private boolean inQuotes;
    private boolean fieldEmpty;
    private boolean quotedField;

    RecordBoundaries(char delimiter) {
        this.delimiter = (byte) delimiter;
        this.delimiters = WordScan.pattern(this.delimiter);
    }

    /**
     * Scans {@code bytes[from, to)}, which start at a record boundary; {@code eof} says no bytes follow. With
     * {@code first} it stops after the first record. Returns the index after the last record end found, or
     * {@code from} when there is none.
     */
    int scan(byte[] bytes, int from, int to, boolean eof, boolean first) {
        recordEnd = from;
        recordEndLines = 0;
        lines = 0;
        inQuotes = false;
        fieldEmpty = true;
        quotedField = false;
        for (int i = from; i < to && !(first && recordEnd > from); ) {
            if (i + WordScan.BYTES <= to && plain(WordScan.word(bytes, i), bytes[i + WordScan.BYTES - 1])) {
                i += WordScan.BYTES;
                continue;
            }
            if (bytes[i] == '\r' && i + 1 == to && !eof) {
                break; // its LF may follow in the next read
            }
            i = inQuotes ? quoted(bytes, i, to, eof) : unquoted(bytes, i, to);
            if (i < 0) {
                break;
            }
        }
        if (eof && recordEnd < to && !(first && recordEnd > from)) {
            recordEnd = to;
            recordEndLines = lines + 1;
        }
        return recordEnd;
    }

    /**
     * Steps over eight bytes at once when none is a line end or quote: only the field state can change then (the
     * bytes one step at a time would leave it the same), so returns whether the word was taken.
     */
    private boolean plain(long word, byte last) {
        if (WordScan.has(word, LF) || WordScan.has(word, CR) || WordScan.has(word, QUOTE)) {
            return false;
        }
        if (!inQuotes && WordScan.has(word, delimiters)) {
            quotedField = false;
            fieldEmpty = last == delimiter;
        } else if (!inQuotes) {
            fieldEmpty = false;
        }
        return true;
    }

    /** One step inside quotes at {@code i}; returns where to go on, or -1 when the next read must decide. */
    private int quoted(byte[] bytes, int i, int to, boolean eof) {
        boolean lastByte = i + 1 == to;
        if (bytes[i] == '"') {
            if (lastByte && !eof) {
                return -1; // a doubled quote may be split
            }
            inQuotes = !lastByte && bytes[i + 1] == '"';
            return inQuotes ? i + 2 : i + 1;
        }
        if (bytes[i] == '\n' || bytes[i] == '\r' && (lastByte || bytes[i + 1] != '\n')) {
            lines++;
        }
        return i + 1;
    }

    /** One step outside quotes at {@code i}: a line end ends the record; returns where to go on. */
    private int unquoted(byte[] bytes, int i, int to) {
        byte c = bytes[i];
        if (c == '\n' || c == '\r') {
            int end = c == '\r' && i + 1 < to && bytes[i + 1] == '\n' ? i + 2 : i + 1;
            lines++;
            recordEnd = end;
            recordEndLines = lines;
            fieldEmpty = true;
            quotedField = false;
            return end;
        }
        if (c == delimiter) {
            fieldEmpty = true;
            quotedField = false;
        } else if (c == '"' && fieldEmpty && !quotedField) {
            inQuotes = true;
            quotedField = true;
        } else {
            fieldEmpty = false;
        }
        return i + 1;
    }

    /** Physical lines up to the last record end of the last scan (a final record without line end counts one). */
    long lines() {
        return recordEndLines;
    }
}
