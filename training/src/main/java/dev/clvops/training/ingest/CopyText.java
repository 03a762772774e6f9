package dev.clvops.training.ingest;

/** Encodes staged rows in PostgreSQL COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private CopyText() {
    }

    static void append(StringBuilder out, long runId, StagedRow row) {
        out.append(runId);
        for (StagingColumn column : StagingColumn.values()) {
            out.append('\t');
            String value = row.get(column);
            if (value == null) {
                out.append("\\N");
            } else if (row.plain()) {
                out.append(value);
            } else {
                escape(out, value);
            }
        }
        out.append('\n');
    }

    /** Whether {@code text} has none of the characters COPY text escapes (vectorised searches, no char loop). */
    static boolean plain(String text) {
        return text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && text.indexOf('\0') < 0;
    }

    private static void escape(StringBuilder out, String value) {
        int first = firstSpecial(value);
        if (first < 0) {
            out.append(value);
            return;
        }
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    /** The index of the first character COPY text must escape, or -1: most values are copied in one append. */
    private static int firstSpecial(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= '\\' && (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0')) {
                return i;
            }
        }
        return -1;
    }
}
