package dev.clvops.training.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into records: RFC 4180 fields for a delimiter (quotes may hold delimiters, doubled quotes and line
 * breaks) or whitespace-separated tokens for {@link #WHITESPACE}. Accepts LF, CRLF and CR line ends, skips blank
 * lines and tracks the physical line each record starts on.
 */
final class RecordSplitter {

    static final char WHITESPACE = ' ';

    private final Reader in;
    private final char delimiter;
    private final char[] buffer;
    private final StringBuilder raw = new StringBuilder(256);
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>();
    private int pos;
    private int len;
    private long linesConsumed;

    RecordSplitter(Reader in, char delimiter) {
        this(in, delimiter, 1 << 16);
    }

    /** A splitter reading {@code in} through a buffer of {@code bufferChars}, e.g. small for a single record. */
    RecordSplitter(Reader in, char delimiter, int bufferChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.buffer = new char[bufferChars];
    }

    /** The next non-blank record, or null at the end of the input. */
    @Nullable SourceRecord next() throws IOException {
        while (true) {
            long start = linesConsumed + 1;
            if (peek() < 0) {
                return null;
            }
            String fast = delimiter == WHITESPACE ? null : plainLine();
            boolean unterminated = fast == null && (delimiter == WHITESPACE ? readLine() : readDelimited());
            String text = fast != null ? fast : raw.toString();
            if (!text.isBlank()) {
                return new SourceRecord(start, text, splitFields(text), unterminated);
            }
        }
    }

    private String[] splitFields(String text) {
        if (delimiter == WHITESPACE) {
            return text.strip().split("\\s+");
        }
        return fields.toArray(new String[0]);
    }

    /**
     * The common case without a char-by-char copy: when the buffer holds the whole next line and it has no quote,
     * splits it at the delimiters in place and returns its text; otherwise returns null and consumes nothing.
     */
    private @Nullable String plainLine() {
        int end = pos;
        while (end < len && buffer[end] != '\n' && buffer[end] != '\r') {
            if (buffer[end] == '"') {
                return null;
            }
            end++;
        }
        if (end + 1 >= len) {
            return null; // no line end in the buffer, or a CR whose LF may be in the next fill
        }
        fields.clear();
        int start = pos;
        for (int i = pos; i < end; i++) {
            if (buffer[i] == delimiter) {
                fields.add(new String(buffer, start, i - start));
                start = i + 1;
            }
        }
        fields.add(new String(buffer, start, end - start));
        String text = new String(buffer, pos, end - pos);
        pos = end + (buffer[end] == '\r' && buffer[end + 1] == '\n' ? 2 : 1);
        linesConsumed++;
        return text;
    }

    private boolean readLine() throws IOException {
        raw.setLength(0);
        for (int c = read(); c >= 0; c = read()) {
            if (endOfLine(c)) {
                return false;
            }
            raw.append((char) c);
        }
        return false;
    }

    /** Reads one delimited record; returns true when the input ended inside quotes. */
    private boolean readDelimited() throws IOException {
        raw.setLength(0);
        field.setLength(0);
        fields.clear();
        boolean inQuotes = false;
        boolean quotedField = false;
        for (int c = read(); c >= 0; c = read()) {
            char ch = (char) c;
            if (inQuotes) {
                inQuotes = quotedChar(ch);
            } else if (endOfLine(c)) {
                fields.add(field.toString());
                return false;
            } else {
                raw.append(ch);
                if (ch == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    quotedField = false;
                } else if (ch == '"' && field.isEmpty() && !quotedField) {
                    inQuotes = true;
                    quotedField = true;
                } else {
                    field.append(ch);
                }
            }
        }
        fields.add(field.toString());
        return inQuotes;
    }

    /** Handles one character inside quotes; returns whether the quotes are still open. */
    private boolean quotedChar(char ch) throws IOException {
        raw.append(ch);
        if (ch == '"') {
            if (peek() != '"') {
                return false;
            }
            raw.append((char) read());
        } else if (ch == '\n' || ch == '\r' && peek() != '\n') {
            linesConsumed++;
        }
        field.append(ch);
        return true;
    }

    private boolean endOfLine(int c) throws IOException {
        if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n') {
                read();
            }
            linesConsumed++;
            return true;
        }
        return false;
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }
}
