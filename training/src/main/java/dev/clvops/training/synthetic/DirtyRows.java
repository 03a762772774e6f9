package dev.clvops.training.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Realistic bad copies of a clean row, to exercise validation. Every bad row keeps the order id of the clean row it
 * was made from and is written right after it, so a lenient reader that accepts one sees a duplicate, never a new
 * purchase: the clean rows and the truth file stay exact whatever the dirty fraction.
 */
final class DirtyRows {

    /** The kinds of bad row, chosen uniformly. */
    enum Kind { MONTH_OUT_OF_RANGE, DAY_FIRST_DATE, NON_NUMERIC_VALUE, GROUPED_DECIMAL_VALUE, MISSING_USER_ID,
        MISSING_COLUMN, EXTRA_COLUMN, EXACT_DUPLICATE, FAR_FUTURE_DATE, PADDED_AND_QUOTED }

    private static final Kind[] KINDS = Kind.values();

    private DirtyRows() {
    }

    /** A bad copy of {@code clean} (the fields of a clean row) of a randomly chosen kind. */
    static String badCopy(String[] clean, SplittableRandom random) {
        return badCopy(clean, KINDS[random.nextInt(KINDS.length)], random);
    }

    static String badCopy(String[] clean, Kind kind, SplittableRandom random) {
        String[] fields = clean.clone();
        String year = clean[2].substring(0, 4);
        switch (kind) {
            case MONTH_OUT_OF_RANGE -> fields[2] = year + "-13-45";
            case DAY_FIRST_DATE -> fields[2] = "31/02/" + year;
            case NON_NUMERIC_VALUE -> fields[3] = "abc";
            case GROUPED_DECIMAL_VALUE -> fields[3] = "12,34.5";
            case MISSING_USER_ID -> fields[0] = "";
            case MISSING_COLUMN -> fields = Arrays.copyOf(fields, fields.length - 1);
            case EXTRA_COLUMN -> fields = appended(fields, clean[3]);
            case EXACT_DUPLICATE -> { }
            case FAR_FUTURE_DATE -> fields[2] = (Integer.parseInt(year) + 20 + random.nextInt(60)) + clean[2].substring(4);
            case PADDED_AND_QUOTED -> {
                return paddedAndQuoted(fields);
            }
        }
        return Csv.line(fields);
    }

    private static String[] appended(String[] fields, String extra) {
        String[] longer = Arrays.copyOf(fields, fields.length + 1);
        longer[fields.length] = extra;
        return longer;
    }

    /** Every field quoted, the id and value padded with blanks: parseable only by a trimming reader. */
    private static String paddedAndQuoted(String[] fields) {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < fields.length; i++) {
            String value = i == 0 || i == 3 ? "  " + fields[i] + " " : fields[i];
            line.append(i > 0 ? "," : "").append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }
}
