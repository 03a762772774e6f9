package dev.clvops.ui.reports;

import dev.clvops.platform.reports.ReportArchive;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lists the stored report files, hands out their files and a ZIP of all, and regenerates them in the background. */
class ReportFilesPresenter {

    private static final Logger log = LoggerFactory.getLogger(ReportFilesPresenter.class);

    private final ReportArchive archive;

    ReportFilesPresenter(ReportArchive archive) {
        this.archive = archive;
    }

    /** Every stored report, newest run first, in the run's order. */
    List<StoredReport> reports() {
        return archive.runs().stream().flatMap(run -> run.reports().stream()).toList();
    }

    Path file(StoredReport report) {
        return archive.download(report.reportId());
    }

    void zipAll(OutputStream out) {
        archive.zipAll(out);
    }

    /** Generates every report on a virtual thread, then calls {@code done} or {@code failed} with a user message. */
    void regenerate(Consumer<ReportRun> done, Consumer<String> failed) {
        Thread.ofVirtual().name("ui-reports").start(() -> {
            try {
                done.accept(archive.generateAll());
            } catch (IllegalStateException e) {
                log.warn("Regenerating the reports failed: {}", e.getMessage());
                failed.accept("Cannot generate reports yet: " + e.getMessage());
            } catch (RuntimeException e) {
                log.error("Regenerating the reports failed", e);
                failed.accept("Generating the reports failed; the server log has the details.");
            }
        });
    }

    /** The first PDF of {@code reports}, the one worth previewing first. */
    static StoredReport firstPdf(List<StoredReport> reports) {
        return reports.stream().filter(report -> report.format().equals("pdf")).findFirst()
                .orElse(reports.getFirst());
    }

    /** A file size in KiB or MiB, e.g. "12.5 KiB". */
    static String size(long bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** What users call the format. */
    static String format(StoredReport report) {
        return report.format().equals("pdf") ? "PDF" : "Markdown";
    }
}
