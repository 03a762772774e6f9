package dev.clvops.reports.content;

import java.util.Arrays;
import java.util.Locale;

/** The reports leadership downloads; {@link #cliName()} is the name on the command line and in file names. */
public enum ReportKind {
    EXECUTIVE("executive", "Executive summary"),
    CLV("clv", "CLV & retention report"),
    SEGMENTS("segments", "RFM segment report"),
    PERSONAS("personas", "Persona insights"),
    OVERVIEW("overview", "Business overview");

    private final String cliName;
    private final String title;

    ReportKind(String cliName, String title) {
        this.cliName = cliName;
        this.title = title;
    }

    public String cliName() {
        return cliName;
    }

    public String title() {
        return title;
    }

    public static ReportKind fromCliName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report '" + name + "' (expected one of "
                        + Arrays.stream(values()).map(ReportKind::cliName).toList() + ")"));
    }
}
