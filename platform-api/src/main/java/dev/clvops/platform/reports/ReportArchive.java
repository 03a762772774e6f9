package dev.clvops.platform.reports;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Port: the generated reports (PDF and Markdown) kept on disk with their provenance, and generating them anew. */
public interface ReportArchive {

    /** Every report run with its files, newest first. */
    List<ReportRun> runs();

    Optional<StoredReport> report(long reportId);

    /** The file of a report; fails for an unknown id or a file removed from disk. */
    Path download(long reportId);

    /** Writes every file of one report run into one ZIP, leaving {@code out} open. */
    void zip(long reportRunId, OutputStream out);

    /** Writes every file of every run into one ZIP (entries {@code <run id>/<file name>}), leaving {@code out} open. */
    void zipAll(OutputStream out);

    /** Generates every report kind from the latest analytics run; fails when there is no analytics run yet. */
    ReportRun generateAll();
}
