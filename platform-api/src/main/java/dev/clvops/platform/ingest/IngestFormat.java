package dev.clvops.platform.ingest;

import java.util.Locale;

/** Source formats the ingestion understands; {@link #AUTO} detects one from the header and content. */
public enum IngestFormat {
    AUTO, ORDERS, ONLINE_RETAIL, CDNOW;

    /** The CLI spelling: {@code auto}, {@code orders}, {@code online-retail}, {@code cdnow}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the CLI spelling, case-insensitively. */
    public static IngestFormat fromCliName(String name) {
        for (IngestFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected auto, orders, online-retail or cdnow)");
    }
}
