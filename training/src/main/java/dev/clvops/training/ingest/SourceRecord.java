package dev.clvops.training.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One record of a source file: the 1-based physical line it starts on, its raw text and its fields.
 * {@code unterminatedQuote} is true when the file ended inside a quoted field.
 */
record SourceRecord(long line, String raw, String[] fields, boolean unterminatedQuote) {

    int size() {
        return fields.length;
    }

    /** The trimmed field at {@code index}, or null when the index is absent or the field is blank. */
    @Nullable String field(int index) {
        if (index < 0 || index >= fields.length) {
            return null;
        }
        String value = fields[index].strip();
        return value.isEmpty() ? null : value;
    }
}
