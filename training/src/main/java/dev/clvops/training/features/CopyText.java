package dev.clvops.training.features;

import org.jspecify.annotations.Nullable;

/** PostgreSQL COPY text format escaping. */
final class CopyText {

    static final String NULL = "\\N";

    private CopyText() {
    }

    /** Appends {@code value} escaped for COPY text, or {@code \N} for null. */
    static void append(StringBuilder line, @Nullable String value) {
        if (value == null) {
            line.append(NULL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    /** Undoes COPY text escaping ({@code \\}, {@code \t}, {@code \n}, {@code \r}, others literally). */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char e = raw.charAt(++i);
                out.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
