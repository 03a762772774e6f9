package dev.clvops.reports.store;

import dev.clvops.reports.documents.Formats;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the reports (the deploy module binds {@code clvops.reports.*}).
 *
 * @param directory   where report files are written ({@code $CLVOPS_HOME/reports})
 * @param companyName printed in every page header
 * @param logo        optional PNG for the page header, null for none
 * @param currency    ISO 4217 code of the order values, e.g. {@code USD}
 * @param locale      BCP 47 tag for number and date formats, e.g. {@code en-US}
 * @param topRows     rows per table before a table is cut with a note
 * @param families    model families whose champion is reported when no model scored the customers
 */
public record ReportSettings(Path directory, String companyName, @Nullable Path logo, String currency, String locale,
                             int topRows, List<String> families) {

    public ReportSettings {
        families = List.copyOf(families);
        formats(currency, locale); // fails fast on an unknown currency
    }

    public static ReportSettings defaults(Path directory) {
        return new ReportSettings(directory, "clvops", null, "USD", "en-US", 15,
                List.of("bgnbd", "paretonbd", "xgboost", "baseline"));
    }

    public Formats formats() {
        return formats(currency, locale);
    }

    private static Formats formats(String currency, String locale) {
        return Formats.of(locale, currency);
    }
}
