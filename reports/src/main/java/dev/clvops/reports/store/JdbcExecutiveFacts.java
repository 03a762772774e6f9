package dev.clvops.reports.store;

import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.ExecutiveFacts;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.reports.content.ExecutiveHighlights;
import dev.clvops.reports.facts.JdbcReportFacts;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * {@link ExecutiveFactsReader} through the executive PDF's own code: the facts {@link ReportService} loads and the
 * comparison base of the run's newest report, turned into numbers by the PDF's rules.
 */
public final class JdbcExecutiveFacts implements ExecutiveFactsReader {

    private final CustomerAnalyticsReader analytics;
    private final JdbcReportFacts facts;
    private final JdbcReportStore store;
    private final ExecutiveHighlights highlights;

    public JdbcExecutiveFacts(DataSource dataSource, CustomerAnalyticsReader analytics,
                              Supplier<@Nullable ModelRegistry> registry, ReportSettings settings) {
        this.analytics = analytics;
        this.facts = new JdbcReportFacts(dataSource, analytics, registry, settings.families());
        this.store = new JdbcReportStore(dataSource);
        this.highlights = new ExecutiveHighlights(settings.formats());
    }

    @Override
    public Optional<ExecutiveFacts> latest() {
        return analytics.latestRun().map(run -> highlights.of(facts.load(run),
                store.headlineBefore(run.runId()).orElse(null)));
    }
}
