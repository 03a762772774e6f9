package dev.clvops.platform.drift;

import java.util.List;
import java.util.Optional;

/** Port: reads the stored drift reports and retrain decisions; never runs a check. */
public interface DriftHistory {

    /** The newest report, if any check ran. */
    Optional<DriftReportSummary> latest();

    /** The newest {@code limit} reports, newest first. */
    List<DriftReportSummary> reports(int limit);

    /** The report's feature rows, most drifted (highest PSI) first; the predicted CLV ({@code predicted_clv}) last. */
    List<FeatureDriftRow> features(long reportId);

    /** Every feature's PSI over the newest {@code reports} reports, oldest report first. */
    List<FeaturePsiPoint> psiHistory(int reports);

    /** The report's realised-against-training metrics; empty when no scored snapshot had matured. */
    List<MetricShift> performance(long reportId);

    /** The report's BTYD parameter shifts; empty for non-BTYD champions or when not checked. */
    List<ParameterShift> parameters(long reportId);

    /** The reference profile a family's version is compared against, once computed. */
    Optional<DriftBaseline> baseline(String family, int modelVersion);

    /** The newest {@code limit} retrain decisions, newest first. */
    List<RetrainRecord> retrainDecisions(int limit);
}
