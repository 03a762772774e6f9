package dev.clvops.training.ingest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Turns one source record into a staged row: valid order data or a quarantined row with its reason. */
interface RowMapper {

    StagedRow map(SourceRecord record);

    /** The mapper for a layout's format; {@code today} bounds plausible dates. */
    static RowMapper forLayout(SourceLayout layout, LocalDate today) {
        return switch (layout.format()) {
            case ORDERS -> new OrdersRowMapper(layout, today);
            case ONLINE_RETAIL -> new OnlineRetailRowMapper(layout, today);
            case CDNOW -> new CdnowRowMapper(layout, today);
            case AUTO -> throw new IllegalArgumentException("format must be detected before mapping: " + layout);
        };
    }

    /** Structural problems of a record shared by all formats, or null when it has the expected shape. */
    static @Nullable Rejection shapeProblem(SourceRecord record, SourceLayout layout) {
        if (record.unterminatedQuote()) {
            return Rejection.plain("unterminated quoted field");
        }
        if (record.size() != layout.columnCount()) {
            return Rejection.wrongColumnCount(layout.columnCount(), record.size());
        }
        return null;
    }
}
