package dev.clvops.training.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import org.jspecify.annotations.Nullable;

/** Strict, allocation-light parsers for source values; each returns null when the text is not valid. */
final class Values {

    private static final DateTimeFormatter RETAIL_US = DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]");

    private Values() {
    }

    /** A {@code yyyy-MM-dd} date (or the date part of an ISO timestamp), or null. */
    static @Nullable LocalDate isoDate(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        return date(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** A {@code yyyyMMdd} date, or null. */
    static @Nullable LocalDate compactDate(String text) {
        return text.length() != 8 ? null : date(digits(text, 0, 4), digits(text, 4, 6), digits(text, 6, 8));
    }

    /** An ISO timestamp ({@code 2023-01-05T10:00:00}, with offset or space separator), or null. */
    static @Nullable LocalDateTime isoTimestamp(String text) {
        if (isoDate(text) == null) {
            return null;
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.replace(' ', 'T') : text;
        try {
            return iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10
                    ? OffsetDateTime.parse(iso).toLocalDateTime() : LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An Online Retail invoice date: {@code 12/1/2010 8:26} or {@code 2009-12-01 07:45:00}, or null. */
    static @Nullable LocalDateTime retailTimestamp(String text) {
        if (text.indexOf('/') < 0) {
            return isoTimestamp(text);
        }
        try {
            return LocalDateTime.from(RETAIL_US.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A plain decimal number ({@code -12.5}, {@code 3}, {@code .5}), or null; no exponents or separators. */
    static @Nullable BigDecimal decimal(String text) {
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        boolean dot = false;
        boolean digit = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return null;
            }
        }
        return digit && text.length() <= 30 ? new BigDecimal(text) : null;
    }

    /** An integer, also written as {@code 12.0}; null when not an integer or beyond int range. */
    static @Nullable Integer integer(String text) {
        BigDecimal value = decimal(text);
        if (value == null || value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(INT_MAX) > 0) {
            return null;
        }
        return value.intValue();
    }

    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private static @Nullable LocalDate date(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || !ChronoField.YEAR.range().isValidValue(year)) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return day > first.lengthOfMonth() ? null : first.withDayOfMonth(day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
