package dev.clvops.monitoring.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.monitoring.drift.MetricDrift;
import dev.clvops.monitoring.driftcheck.ParameterShift;
import dev.clvops.monitoring.driftcheck.PerformanceResult;
import dev.clvops.monitoring.retrain.RetrainDecisions;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.monitoring.retrain.RetrainSettings;
import dev.clvops.platform.drift.DriftReportSummary;
import dev.clvops.platform.drift.FeatureDriftRow;
import dev.clvops.platform.drift.FeaturePsiPoint;
import dev.clvops.platform.drift.MetricShift;
import dev.clvops.platform.drift.RetrainRecord;
import dev.clvops.platform.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The drift read model over report rows written as the drift check writes them (JSON by the same records). */
class JdbcDriftHistoryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    private final JdbcDriftHistory history = new JdbcDriftHistory(TestDatabase.dataSource());
    private long snapshot;

    @BeforeEach
    void emptyStore() {
        TestDatabase.truncateAll();
        snapshot = jdbc.queryForObject("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version,"
                + " status) VALUES ('2026-11-01', 0, 'v1', 'COMPLETED') RETURNING snapshot_id", Long.class);
    }

    @Test
    void readsTheLatestReportWithItsFeaturesMostDriftedFirstAndThePredictionLast() {
        report(0.01, 0.02);
        long latest = report(0.30, 0.05);

        DriftReportSummary summary = history.latest().orElseThrow();
        List<FeatureDriftRow> features = history.features(latest);

        assertThat(summary.reportId()).isEqualTo(latest);
        assertThat(summary.family()).isEqualTo("bgnbd");
        assertThat(summary.predictionPsi()).isEqualTo(0.4);
        assertThat(features).extracting(FeatureDriftRow::feature).containsExactly("recency", "frequency",
                "predicted_clv");
        assertThat(features.getFirst().psi()).isEqualTo(0.30);
        assertThat(features.getFirst().verdict()).isEqualTo("ALERT");
    }

    @Test
    void givesEachFeaturesPsiPerReportOldestFirst() {
        long first = report(0.01, 0.02);
        long second = report(0.30, 0.05);

        List<FeaturePsiPoint> recency = history.psiHistory(10).stream().filter(p -> p.feature().equals("recency"))
                .toList();

        assertThat(recency).extracting(FeaturePsiPoint::reportId).containsExactly(first, second);
        assertThat(recency).extracting(FeaturePsiPoint::psi).containsExactly(0.01, 0.30);
        assertThat(history.psiHistory(1)).extracting(FeaturePsiPoint::reportId).containsOnly(second);
    }

    @Test
    void readsPerformanceAndParameterDriftStoredAsJson() {
        long report = report(0.01, 0.02);
        jdbc.update("UPDATE drift_reports SET performance = ?::jsonb, parameters = ?::jsonb WHERE report_id = ?",
                JSON.writeValueAsString(new PerformanceResult(3, snapshot, "bgnbd", 1, LocalDate.of(2026, 5, 1), 90,
                        400, List.of(new MetricDrift("rmse", 10, 14, 0.4, true)), true)),
                JSON.writeValueAsString(List.of(new ParameterShift("r", 0.5, 0.9, 0.8, true))), report);

        List<MetricShift> performance = history.performance(report);

        assertThat(performance).containsExactly(new MetricShift("rmse", 10, 14, 0.4, true));
        assertThat(history.parameters(report)).containsExactly(
                new dev.clvops.platform.drift.ParameterShift("r", 0.5, 0.9, 0.8, true));
        assertThat(history.performance(report + 1)).isEmpty();
    }

    @Test
    void readsTheBaselineOfAModelVersion() {
        jdbc.update("INSERT INTO drift_baselines (family, model_version, snapshot_id, profiles) VALUES"
                + " ('bgnbd', 1, ?, '[{\"feature\": \"recency\"}, {\"feature\": \"frequency\"}]'::jsonb)", snapshot);

        var baseline = history.baseline("bgnbd", 1).orElseThrow();

        assertThat(baseline.snapshotId()).isEqualTo(snapshot);
        assertThat(baseline.features()).isEqualTo(2);
        assertThat(baseline.predictionRunId()).isNull();
        assertThat(history.baseline("bgnbd", 2)).isEmpty();
    }

    @Test
    void readsRetrainDecisionsWithTheNumbersTheyWereTakenOn() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        new RetrainPolicy(TestDatabase.dataSource(), new RetrainDecisions(jdbc, clock), RetrainSettings.defaults(),
                event -> { }, clock).decide(true);

        List<RetrainRecord> decisions = history.retrainDecisions(10);

        assertThat(decisions).hasSize(1);
        assertThat(decisions.getFirst().forced()).isTrue();
        assertThat(decisions.getFirst().decidedAt()).isEqualTo(NOW);
        assertThat(decisions.getFirst().reason()).isNotBlank();
        assertThat(decisions.getFirst().facts()).containsEntry("newOrders", "0").containsEntry("forced", "true")
                .containsEntry("driftReportId", "none");
    }

    private long report(double recencyPsi, double frequencyPsi) {
        long id = jdbc.queryForObject("INSERT INTO drift_reports (family, model_version, reference_snapshot_id,"
                + " current_snapshot_id, drifted_share, dataset_drift, prediction_psi, prediction_alert)"
                + " VALUES ('bgnbd', 1, ?, ?, 0.5, true, 0.4, true) RETURNING report_id", Long.class, snapshot,
                snapshot);
        feature(id, "predicted_clv", 0.4);
        feature(id, "frequency", frequencyPsi);
        feature(id, "recency", recencyPsi);
        return id;
    }

    private void feature(long report, String name, double psi) {
        jdbc.update("INSERT INTO drift_report_features (report_id, feature, kind, psi, statistic, p_value,"
                + " effect_size, bins, reference_proportions, current_proportions, verdict, drifted)"
                + " VALUES (?, ?, 'NUMERIC', ?, 0.1, 0.05, 0.1, '[]', '[]', '[]', ?, ?)", report, name, psi,
                psi > 0.25 ? "ALERT" : "NONE", psi > 0.25);
    }
}
