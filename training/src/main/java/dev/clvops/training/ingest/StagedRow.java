package dev.clvops.training.ingest;

import org.jspecify.annotations.Nullable;

/** One parsed source row as the values of its {@code ingest_staged_rows} columns. */
final class StagedRow {

    private final @Nullable String[] values = new String[StagingColumn.COUNT];
    private final RowKind kind;

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

    RowKind kind() {
        return kind;
    }

    @Nullable String get(StagingColumn column) {
        return values[column.ordinal()];
    }
}
