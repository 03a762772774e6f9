package dev.clvops.monitoring.driftcheck;

import dev.clvops.platform.features.SnapshotId;
import org.jspecify.annotations.Nullable;

/** The steps after {@code compare}, each on the stored report: performance, parameters, publish. */
final class DriftSteps {

    private final DriftReports reports;
    private final @Nullable PerformanceCheck performance;
    private final @Nullable ParameterCheck parameters;
    private final DriftPublication publication;

    /** {@code performance} and {@code parameters} are null when their port is not wired; the step then does nothing. */
    DriftSteps(DriftReports reports, @Nullable PerformanceCheck performance, @Nullable ParameterCheck parameters,
               DriftPublication publication) {
        this.reports = reports;
        this.performance = performance;
        this.parameters = parameters;
        this.publication = publication;
    }

    void performance(long reportId) {
        if (performance != null) {
            performance.check().ifPresent(result -> reports.performance(reportId, result));
        }
    }

    void parameters(long reportId) {
        if (parameters != null) {
            MonitorReport report = reports.load(reportId);
            parameters.check(report.family(), report.modelVersion(), new SnapshotId(report.currentSnapshotId()))
                    .ifPresent(refit -> reports.parameters(reportId, refit));
        }
    }

    void publish(long reportId) {
        publication.publish(reports.load(reportId));
    }
}
