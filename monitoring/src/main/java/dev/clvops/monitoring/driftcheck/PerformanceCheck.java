package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.MetricDrift;
import dev.clvops.monitoring.drift.PerformanceDrift;
import dev.clvops.platform.monitoring.RealisedMetrics;
import dev.clvops.platform.registry.ModelRegistry;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code performance} step: the latest scoring run whose horizon has passed (snapshot cutoff + horizon on or
 * before the latest order date) is scored against realised revenue, and its metrics are compared with the ones the
 * scoring version had in the training arena. The prediction compared is undiscounted revenue: expected purchases
 * times expected spend where the family predicts both (BTYD), else the stored CLV.
 */
final class PerformanceCheck {

    private final JdbcTemplate jdbc;
    private final ModelRegistry registry;
    private final RealisedMetrics realised;
    private final PerformanceDrift drift;

    PerformanceCheck(JdbcTemplate jdbc, ModelRegistry registry, RealisedMetrics realised, PerformanceDrift drift) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.realised = realised;
        this.drift = drift;
    }

    Optional<PerformanceResult> check() {
        return jdbc.query("SELECT s.scoring_run_id, s.snapshot_id, s.family, s.model_version, s.horizon_days, f.cutoff"
                + " FROM scoring_runs s JOIN feature_snapshots f USING (snapshot_id) WHERE s.status = 'COMPLETED'"
                + " AND f.cutoff + s.horizon_days <= (SELECT last_date FROM order_dates)"
                + " ORDER BY f.cutoff DESC, s.scoring_run_id DESC LIMIT 1", (rs, n) -> new MaturedRun(
                rs.getLong("scoring_run_id"), rs.getLong("snapshot_id"), rs.getString("family"),
                rs.getInt("model_version"), rs.getInt("horizon_days"), rs.getDate("cutoff").toLocalDate()))
                .stream().findFirst().flatMap(this::judge);
    }

    private Optional<PerformanceResult> judge(MaturedRun run) {
        Map<String, Double> training = registry.findVersion(run.family(), run.version())
                .map(version -> version.metrics()).orElse(Map.of());
        Outcomes outcomes = outcomes(run);
        if (training.isEmpty() || outcomes.ids().size() < 2) {
            return Optional.empty();
        }
        Map<String, Double> metrics = realised.score(outcomes.ids().toArray(String[]::new),
                outcomes.predicted().stream().mapToDouble(Double::doubleValue).toArray(),
                outcomes.actual().stream().mapToDouble(Double::doubleValue).toArray());
        List<MetricDrift> judged = drift.evaluate(training, metrics);
        return Optional.of(new PerformanceResult(run.scoringRunId(), run.snapshotId(), run.family(), run.version(),
                run.cutoff(), run.horizonDays(), outcomes.ids().size(), judged,
                judged.stream().anyMatch(MetricDrift::alert)));
    }

    private Outcomes outcomes(MaturedRun run) {
        Date after = Date.valueOf(run.cutoff());
        Date upTo = Date.valueOf(run.cutoff().plusDays(run.horizonDays()));
        Outcomes outcomes = new Outcomes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        jdbc.query("SELECT p.customer_id, CASE WHEN p.expected_purchases IS NOT NULL AND p.expected_spend IS NOT NULL"
                + " AND p.expected_purchases <> 'NaN' AND p.expected_spend <> 'NaN'"
                + " THEN p.expected_purchases * p.expected_spend ELSE p.clv END AS predicted,"
                + " COALESCE(o.value, 0) - COALESCE(r.value, 0) AS actual FROM customer_predictions p"
                + " LEFT JOIN (SELECT customer_id, sum(order_value) AS value FROM orders"
                + " WHERE order_date > ? AND order_date <= ? GROUP BY customer_id) o USING (customer_id)"
                + " LEFT JOIN (SELECT customer_id, sum(return_value) AS value FROM order_returns"
                + " WHERE return_date > ? AND return_date <= ? GROUP BY customer_id) r USING (customer_id)"
                + " WHERE p.scoring_run_id = ? ORDER BY p.customer_id", rs -> {
                    outcomes.ids().add(rs.getString("customer_id"));
                    outcomes.predicted().add(rs.getDouble("predicted"));
                    outcomes.actual().add(rs.getDouble("actual"));
                }, after, upTo, after, upTo, run.scoringRunId());
        return outcomes;
    }

    private record MaturedRun(long scoringRunId, long snapshotId, String family, int version, int horizonDays,
                              LocalDate cutoff) {
    }

    private record Outcomes(List<String> ids, List<Double> predicted, List<Double> actual) {
    }
}
