package dev.clvops.reports.store;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.reports.ReportArchive;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.reports.content.Comparison;
import dev.clvops.reports.content.ReportContents;
import dev.clvops.reports.content.ReportKind;
import dev.clvops.reports.documents.MarkdownRenderer;
import dev.clvops.reports.documents.ReportDocument;
import dev.clvops.reports.facts.JdbcReportFacts;
import dev.clvops.reports.facts.ReportFacts;
import dev.clvops.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** {@link ReportArchive} on PostgreSQL and the reports directory: generates, stores, lists and hands out reports. */
public final class ReportService implements ReportArchive {

    private final CustomerAnalyticsReader analytics;
    private final JdbcReportFacts facts;
    private final JdbcReportStore store;
    private final ReportSettings settings;
    private final Clock clock;

    public ReportService(DataSource dataSource, CustomerAnalyticsReader analytics,
                         Supplier<@Nullable ModelRegistry> registry, ReportSettings settings, Clock clock) {
        this.analytics = analytics;
        this.facts = new JdbcReportFacts(dataSource, analytics, registry, settings.families());
        this.store = new JdbcReportStore(dataSource);
        this.settings = settings;
        this.clock = clock;
    }

    /** Every report kind of the latest analytics run, as Markdown and PDF (the weekly schedule calls this). */
    @Override
    public ReportRun generateAll() {
        return generate(EnumSet.allOf(ReportKind.class));
    }

    /** The given kinds of the latest completed analytics run; fails when there is none. */
    public synchronized ReportRun generate(Collection<ReportKind> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no report kind to generate");
        }
        AnalyticsRun run = analytics.latestRun().orElseThrow(() -> new IllegalStateException(
                "no completed analytics run: refresh the customer analytics before generating reports"));
        ReportFacts data = facts.load(run);
        Comparison previous = store.latestHeadline().orElse(null);
        Instant at = clock.instant();
        long runId = store.startRun(data, at);
        ReportFiles files = new ReportFiles(settings.directory().resolve(Long.toString(runId)));
        ReportContents contents = new ReportContents(settings.formats(), settings.companyName(), settings.topRows());
        MarkdownRenderer markdown = new MarkdownRenderer(settings.formats());
        PdfRenderer pdf = new PdfRenderer(settings.formats(), settings.logo());
        List<StoredReport> reports = new ArrayList<>();
        for (ReportKind kind : EnumSet.copyOf(kinds)) {
            ReportDocument document = contents.build(kind, data, previous, at);
            reports.add(save(runId, kind, "pdf", document, pdf.render(document), files, at));
            reports.add(save(runId, kind, "md", document,
                    markdown.render(document).getBytes(StandardCharsets.UTF_8), files, at));
        }
        return store.run(runId).orElseThrow();
    }

    @Override
    public List<ReportRun> runs() {
        return store.runs();
    }

    public Optional<ReportRun> run(long reportRunId) {
        return store.run(reportRunId);
    }

    @Override
    public Optional<StoredReport> report(long reportId) {
        return store.report(reportId);
    }

    @Override
    public Path download(long reportId) {
        StoredReport report = store.report(reportId)
                .orElseThrow(() -> new IllegalArgumentException("no report " + reportId));
        Path file = directory(report.reportRunId()).resolve(report.fileName());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("report " + reportId + " is recorded but its file is gone: " + file);
        }
        return file;
    }

    @Override
    public void zip(long reportRunId, OutputStream out) {
        ReportRun run = store.run(reportRunId)
                .orElseThrow(() -> new IllegalArgumentException("no report run " + reportRunId));
        ReportFiles.zip(List.of(run), settings.directory(), false, out);
    }

    @Override
    public void zipAll(OutputStream out) {
        ReportFiles.zip(store.runs(), settings.directory(), true, out);
    }

    private Path directory(long reportRunId) {
        return settings.directory().resolve(Long.toString(reportRunId));
    }

    private StoredReport save(long runId, ReportKind kind, String format, ReportDocument document, byte[] content,
                              ReportFiles files, Instant at) {
        String name = kind.cliName() + "." + format;
        try {
            String sha = files.write(name, content);
            return store.add(runId, kind, format, document.title(), name, content.length, sha, at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + name + " of run " + runId, e);
        }
    }
}
