package dev.clvops.training.synthetic;

/** RFC 4180 writing helpers: fields are quoted only when they contain a comma, quote or line break. */
final class Csv {

    private Csv() {
    }

    static void field(StringBuilder line, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            line.append(c == '"' ? "\"\"" : String.valueOf(c));
        }
        line.append('"');
    }

    /** Joins fields into one line (without the line break). */
    static String line(String... fields) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            field(line, fields[i]);
        }
        return line.toString();
    }

    /** Money with exactly two decimals and a '.' separator, without going through locale-dependent formatting. */
    static String money(double value) {
        long cents = Math.round(value * 100);
        long abs = Math.abs(cents);
        StringBuilder text = new StringBuilder(12);
        if (cents < 0) {
            text.append('-');
        }
        text.append(abs / 100).append('.');
        long fraction = abs % 100;
        if (fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }
}
