package dev.clvops.reports.facts;

import org.jspecify.annotations.Nullable;

/** One RFC 4180 CSV field: quoted when it holds a comma, quote or line break; empty for null. */
final class CsvField {

    private CsvField() {
    }

    static String of(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
