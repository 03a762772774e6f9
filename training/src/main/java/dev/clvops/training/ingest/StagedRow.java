package dev.clvops.training.ingest;

import org.jspecify.annotations.Nullable;

/** One parsed source row as the values of its {@code ingest_staged_rows} columns. */
final class StagedRow {

    private final @Nullable String[] values = new String[StagingColumn.COUNT];
    private final RowKind kind;
    private boolean plain;

    private StagedRow(RowKind kind, long line) {
        this.kind = kind;
        values[StagingColumn.KIND.ordinal()] = kind.code();
        values[StagingColumn.LINE_NUMBER.ordinal()] = Long.toString(line);
    }

    static StagedRow of(RowKind kind, long line) {
        return new StagedRow(kind, line);
    }

    static StagedRow quarantine(SourceRecord record, Rejection rejection) {
        return new StagedRow(RowKind.QUARANTINE, record.line())
                .with(StagingColumn.RAW, record.raw())
                .with(StagingColumn.REASON, rejection.message())
                .with(StagingColumn.REASON_KEY, rejection.key());
    }

    StagedRow with(StagingColumn column, @Nullable Object value) {
        values[column.ordinal()] = value == null ? null : value.toString();
        return this;
    }

    /**
     * Marks whether every value is free of characters COPY text escapes; true only when the values come from a
     * source record whose raw text has none (see {@link CopyText#plain(String)}), so the encoder can skip scanning.
     */
    StagedRow plain(boolean noEscapes) {
        this.plain = noEscapes;
        return this;
    }

    boolean plain() {
        return plain;
    }

    RowKind kind() {
        return kind;
    }

    @Nullable String get(StagingColumn column) {
        return values[column.ordinal()];
    }
}
