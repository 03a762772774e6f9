package dev.clvops.deploy.reports;

import dev.clvops.reports.store.ReportSettings;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reports (prefix {@code clvops.reports}; application.yml maps the environment onto it).
 *
 * @param companyName printed in every page header ({@code CLVOPS_REPORT_COMPANY})
 * @param logo        optional PNG for the page header ({@code CLVOPS_REPORT_LOGO}), empty for none
 * @param currency    ISO 4217 code of the order values ({@code CLVOPS_REPORT_CURRENCY})
 * @param locale      BCP 47 tag for number and date formats ({@code CLVOPS_REPORT_LOCALE})
 * @param topRows     rows per table before it is cut with a note
 * @param families    model families whose champion is reported when no model scored the customers
 */
@ConfigurationProperties("clvops.reports")
public record ReportsProperties(@DefaultValue("clvops") String companyName, @Nullable Path logo,
                                @DefaultValue("USD") String currency, @DefaultValue("en-US") String locale,
                                @DefaultValue("15") int topRows,
                                @DefaultValue({"bgnbd", "paretonbd", "xgboost", "baseline"}) List<String> families) {

    /** The plain settings, with the files under {@code <home>/reports}. */
    public ReportSettings toSettings(Path home) {
        Path logoFile = logo == null || logo.toString().isBlank() ? null : logo;
        return new ReportSettings(home.resolve("reports"), companyName, logoFile, currency, locale, topRows,
                families);
    }
}
