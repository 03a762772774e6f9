package dev.clvops.training.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values from one record and keeps the first reason it was rejected, so mappers validate a row
 * without exceptions: read every value, then ask {@link #rejection()}.
 */
final class RowValues {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final SourceRecord record;
    private final LocalDate latest;
    private @Nullable Rejection rejection;

    RowValues(SourceRecord record, LocalDate today) {
        this.record = record;
        this.latest = today.plusDays(1);
    }

    @Nullable Rejection rejection() {
        return rejection;
    }

    void reject(Rejection reason) {
        if (rejection == null) {
            rejection = reason;
        }
    }

    @Nullable String text(int index) {
        return record.field(index);
    }

    @Nullable String required(int index, Rejection whenMissing) {
        String value = record.field(index);
        if (value == null) {
            reject(whenMissing);
        }
        return value;
    }

    @Nullable BigDecimal decimal(int index, String column, BigDecimal limit) {
        return parsed(index, column, Values::decimal, "not a number {}", value -> value.abs().compareTo(limit) < 0);
    }

    @Nullable Integer integer(int index, String column, int min, int max) {
        return parsed(index, column, Values::integer, "not an integer {}", value -> value >= min && value <= max);
    }

    @Nullable LocalDate date(int index, String column, Function<String, @Nullable LocalDate> parser) {
        return parsed(index, column, parser, "cannot parse {} as a date", this::plausible);
    }

    @Nullable LocalDateTime timestamp(int index, String column, Function<String, @Nullable LocalDateTime> parser) {
        return parsed(index, column, parser, "cannot parse {} as a date", ts -> plausible(ts.toLocalDate()));
    }

    private boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest);
    }

    private <T> @Nullable T parsed(int index, String column, Function<String, @Nullable T> parser, String invalid,
                                   java.util.function.Predicate<T> inRange) {
        String text = record.field(index);
        if (text == null) {
            return null;
        }
        T value = parser.apply(text);
        if (value == null) {
            reject(Rejection.of(column, invalid, text));
        } else if (!inRange.test(value)) {
            reject(Rejection.of(column, rangeTemplate(value), text));
            return null;
        }
        return value;
    }

    private String rangeTemplate(Object value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            LocalDate date = value instanceof LocalDateTime ts ? ts.toLocalDate() : (LocalDate) value;
            return date.isAfter(latest) ? "date in the future {}" : "date before 1900 {}";
        }
        return "out of range {}";
    }
}
