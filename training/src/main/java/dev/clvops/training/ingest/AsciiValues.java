package dev.clvops.training.ingest;

/**
 * Strict parsers of ASCII values straight from bytes, for the fast lane: each returns {@link #INVALID} for anything
 * but the one plain spelling it accepts, leaving other spellings to {@link Values}.
 */
final class AsciiValues {

    static final long INVALID = Long.MIN_VALUE;
    private static final long DIGITS_LIMIT = 1_000_000_000_000_000L / 1_000; // 16 digits, times 100 still fits

    private AsciiValues() {
    }

    /** Days since 1970-01-01 of a valid {@code yyyy-MM-dd} date, or {@link #INVALID}. */
    static long isoDate(byte[] text, int from, int to) {
        if (to - from != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
            return INVALID;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return INVALID;
        }
        return epochDay(year, month, day);
    }

    /**
     * An amount {@code [-]digits[.d[d]]} in hundredths (negative for a leading minus), or {@link #INVALID} for other
     * spellings ({@code +5}, {@code .5}, {@code 5.}, three decimals) and more than 16 digits.
     */
    static long hundredths(byte[] text, int from, int to) {
        boolean negative = from < to && text[from] == '-';
        int start = negative ? from + 1 : from;
        int dot = -1;
        long value = 0;
        for (int i = start; i < to; i++) {
            byte c = text[i];
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c >= '0' && c <= '9' && value < DIGITS_LIMIT) {
                value = value * 10 + (c - '0');
            } else {
                return INVALID;
            }
        }
        int decimals = dot < 0 ? 0 : to - dot - 1;
        if ((dot < 0 ? to : dot) == start || decimals > 2 || dot >= 0 && decimals == 0) {
            return INVALID;
        }
        value *= decimals == 0 ? 100 : decimals == 1 ? 10 : 1;
        return negative ? -value : value;
    }

    /** The unsigned decimal number of {@code text[from, to)}, or -1 when a byte is not a digit. */
    static int digits(byte[] text, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            int d = text[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            result = result * 10 + d;
        }
        return result;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a valid proleptic Gregorian date (the civil-to-days algorithm). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
