package dev.clvops.deploy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.deploy.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ApiContentIT extends ApiIntegrationTest {

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    long latestRun() {
        return jdbc().queryForObject("SELECT max(run_id) FROM analytics_runs WHERE status = 'COMPLETED'", Long.class);
    }

    @Test
    void customersArePagedHighestClvFirstAndCountedLikeTheDatabase() {
        long total = jdbc().queryForObject("SELECT count(*) FROM customer_analytics WHERE run_id = ?", Long.class,
                latestRun());
        double top = jdbc().queryForObject("SELECT max(clv) FROM customer_analytics WHERE run_id = ?", Double.class,
                latestRun());

        JsonNode page = as(Role.ANALYST).get("/api/v1/customers?size=20&page=0").json();

        assertThat(page.get("total").asLong()).isEqualTo(total).isGreaterThan(100);
        assertThat(page.get("rows")).hasSize(20);
        assertThat(page.at("/rows/0/clv").asDouble()).isCloseTo(top, within(1e-9));
        List<Double> clvs = new ArrayList<>();
        page.get("rows").forEach(row -> clvs.add(row.get("clv").asDouble()));
        assertThat(clvs).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void customerFilterBySegmentMatchesTheDatabase() {
        String segment = jdbc().queryForObject("SELECT segment FROM customer_analytics WHERE run_id = ?"
                + " GROUP BY segment ORDER BY count(*) DESC LIMIT 1", String.class, latestRun());
        long inSegment = jdbc().queryForObject("SELECT count(*) FROM customer_analytics WHERE run_id = ?"
                + " AND segment = ?", Long.class, latestRun(), segment);

        JsonNode page = as(Role.ANALYST).get("/api/v1/customers?size=500&segment="
                + java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)).json();

        assertThat(page.get("total").asLong()).isEqualTo(inSegment);
        page.get("rows").forEach(row -> assertThat(row.get("segment").asText()).isEqualTo(segment));
    }

    @Test
    void segmentsSumToTheCustomersOfTheRun() {
        Map<String, Object> db = jdbc().queryForMap("SELECT count(*) AS n, sum(clv) AS clv FROM customer_analytics"
                + " WHERE run_id = ?", latestRun());

        JsonNode segments = as(Role.ANALYST).get("/api/v1/segments").json();

        long customers = 0;
        double clv = 0;
        for (JsonNode segment : segments) {
            customers += segment.get("customers").asLong();
            clv += segment.get("total_clv").asDouble();
        }
        assertThat(customers).isEqualTo(((Number) db.get("n")).longValue());
        assertThat(clv).isCloseTo(((Number) db.get("clv")).doubleValue(), within(1e-6));
    }

    @Test
    void kpisCountTheOrdersUpToTheSnapshotCutoff() {
        Map<String, Object> db = jdbc().queryForMap("SELECT count(*) AS orders, sum(order_value) AS revenue,"
                + " count(DISTINCT customer_id) AS customers FROM orders WHERE order_date <= (SELECT cutoff FROM"
                + " feature_snapshots WHERE snapshot_id = ?)", fixture.currentSnapshot);

        JsonNode kpis = as(Role.LEADERSHIP).get("/api/v1/kpis").json();

        assertThat(kpis.get("orders").asLong()).isEqualTo(((Number) db.get("orders")).longValue());
        assertThat(kpis.get("customers").asLong()).isEqualTo(((Number) db.get("customers")).longValue());
        assertThat(kpis.get("revenue").asDouble()).isCloseTo(((Number) db.get("revenue")).doubleValue(), within(0.01));
    }

    @Test
    void budgetAllocationSplitsTheWholeBudget() {
        JsonNode budget = as(Role.LEADERSHIP).get("/api/v1/budget-allocation?total_budget=10000").json();

        double sum = 0;
        long customers = 0;
        for (JsonNode line : budget.get("lines")) {
            sum += line.get("amount").asDouble();
            customers += line.get("customers").asLong();
        }
        assertThat(sum).isCloseTo(10_000, within(1e-6));
        assertThat(customers).isEqualTo(jdbc().queryForObject("SELECT count(*) FROM customer_analytics"
                + " WHERE run_id = ? AND clv IS NOT NULL", Long.class, latestRun()));
    }

    @Test
    void budgetOutOfRangeIs400NamingTheParameter() {
        ApiClient.Response negative = as(Role.LEADERSHIP).get("/api/v1/budget-allocation?total_budget=-5");
        ApiClient.Response missing = as(Role.LEADERSHIP).get("/api/v1/budget-allocation");
        ApiClient.Response notNumber = as(Role.LEADERSHIP).get("/api/v1/budget-allocation?total_budget=lots");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().at("/invalid_fields/total_budget").asText()).contains("must be > 0");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText()).contains("total_budget");
        assertThat(notNumber.json().at("/invalid_fields/total_budget").asText()).contains("lots");
    }

    @Test
    void pageSizeAboveTheLimitIs400() {
        ApiClient.Response tooBig = as(Role.ANALYST).get("/api/v1/customers?size=501");

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(tooBig.json().at("/invalid_fields/size").asText()).contains("between 1 and 500");
    }

    @Test
    void customer360ShowsFeaturesPredictionHistoryAndOrdersOfTheDatabase() {
        String id = jdbc().queryForObject("SELECT customer_id FROM customer_analytics WHERE run_id = ?"
                + " ORDER BY clv DESC LIMIT 1", String.class, latestRun());
        long orders = jdbc().queryForObject("SELECT count(*) FROM orders WHERE customer_id = ?", Long.class, id);
        double clv = jdbc().queryForObject("SELECT clv FROM customer_predictions WHERE customer_id = ?"
                + " ORDER BY scoring_run_id DESC LIMIT 1", Double.class, id);

        JsonNode view = as(Role.ANALYST).get("/api/v1/customers/" + id).json();

        assertThat(view.get("order_count").asLong()).isEqualTo(orders);
        assertThat(view.get("orders")).hasSize((int) orders);
        assertThat(view.at("/features/snapshot_id").asLong()).isEqualTo(fixture.currentSnapshot);
        assertThat(view.at("/prediction/clv").asDouble()).isCloseTo(clv, within(1e-9));
        assertThat(view.at("/prediction/family").asText()).isEqualTo("bgnbd");
        assertThat(view.at("/analytics/segment").asText()).isNotBlank();
        assertThat(view.get("segment_history")).isNotEmpty();
        assertThat(as(Role.ANALYST).get("/api/v1/customers/nobody").status()).isEqualTo(404);
    }

    @Test
    void exportStreamsEveryCustomerOfTheRunAsCsv() {
        long total = jdbc().queryForObject("SELECT count(*) FROM customer_analytics WHERE run_id = ?", Long.class,
                latestRun());

        ApiClient.Response csv = as(Role.ANALYST).get("/api/v1/exports/customers.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(total + 1);
    }

    @Test
    void predictAnswersTheChampionsClvWithIntervalTierAndCac() {
        JsonNode p = as(Role.ANALYST).post("/api/v1/predict", ApiSecurityIT.SUMMARY).json();

        assertThat(p.at("/model/family").asText()).isEqualTo("bgnbd");
        double clv = p.get("predicted_clv").asDouble();
        assertThat(clv).isPositive();
        assertThat(p.at("/interval/p10").asDouble()).isLessThanOrEqualTo(p.at("/interval/p90").asDouble());
        assertThat(p.get("recommended_cac").asDouble()).isCloseTo(0.30 * clv, within(1e-9));
        assertThat(p.get("segment").asText()).isIn("Platinum", "Gold", "Silver", "Bronze");
        assertThat(p.get("confidence").asText()).isIn("high", "medium", "low");
        assertThat(p.get("probability_alive").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void predictNamesMissingAndInvalidFieldsIn400ProblemJson() {
        ApiClient.Response missing = as(Role.ANALYST).post("/api/v1/predict",
                "{\"total_orders\": 0, \"total_spent\": 10}");
        ApiClient.Response wrongType = as(Role.ANALYST).post("/api/v1/predict",
                ApiSecurityIT.SUMMARY.replace("\"total_spent\": 240.0", "\"total_spent\": \"lots\""));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        JsonNode fields = missing.json().get("invalid_fields");
        assertThat(fields.get("total_orders").asText()).contains("at least 1");
        assertThat(fields.get("avg_order_value").asText()).isEqualTo("is required");
        assertThat(fields.get("acquisition_source").asText()).isEqualTo("is required");
        assertThat(fields.has("total_spent")).isFalse();
        assertThat(missing.json().get("title").asText()).isEqualTo("Invalid request");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("invalid_fields").has("total_spent")).isTrue();
    }

    @Test
    void driftWithoutReportsIs404Problem() {
        ApiClient.Response drift = as(Role.OPS).get("/api/v1/drift");

        assertThat(drift.status()).isEqualTo(404);
        assertThat(drift.contentType()).startsWith("application/problem+json");
        assertThat(drift.json().get("detail").asText()).isEqualTo("No drift report yet");
    }

    @Test
    void modelsListTheChampionAndUnknownJobKindsAre404() {
        JsonNode models = as(Role.OPS).get("/api/v1/models/bgnbd").json();
        ApiClient.Response unknown = as(Role.OPS).post("/api/v1/jobs/teleport", null);

        assertThat(models.at("/versions/0/aliases/0").asText()).isEqualTo("champion");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("report", "snapshot");
    }

    @Test
    void uploadJobReportsTheIngestSummaryAndBatchStepCounts() {
        JsonNode jobs = as(Role.OPS).get("/api/v1/jobs").json();
        JsonNode ingest = null;
        for (JsonNode job : jobs.get("jobs")) {
            ingest = job.get("kind").asText().equals("ingest") ? job : ingest;
        }

        JsonNode status = as(Role.ANALYST).get(ingest.get("status_url").asText()).json();

        long loaded = jdbc().queryForObject("SELECT loaded FROM ingest_runs WHERE run_id = ?", Long.class,
                status.at("/result/run_id").asLong());
        assertThat(loaded).isPositive();
        assertThat(status.at("/result/loaded").asLong()).isEqualTo(loaded);
        assertThat(status.get("batch_steps")).isNotEmpty();
        long read = 0;
        for (JsonNode step : status.get("batch_steps")) {
            read += step.get("read_count").asLong();
        }
        assertThat(read).isGreaterThanOrEqualTo(loaded);
    }

    @Test
    void jobsListAndReportRunsStoredByEarlierProcesses() {
        long id = jdbc().queryForObject("INSERT INTO job_runs (kind, parameters, status, progress_percent,"
                + " progress_message, submitted_at, started_at, ended_at, error, instance) VALUES ('report', '{}',"
                + " 'FAILED', 40, '2 of 5 steps', now() - interval '1 day', now() - interval '1 day', now(),"
                + " 'database went away', 'an-earlier-process') RETURNING run_id", Long.class);

        JsonNode listed = as(Role.OPS).get("/api/v1/jobs").json().get("jobs");
        JsonNode status = as(Role.OPS).get("/api/v1/jobs/" + id).json();

        List<Long> ids = new ArrayList<>();
        listed.forEach(job -> ids.add(job.get("id").asLong()));
        assertThat(ids).contains(id);
        assertThat(status.get("status").asText()).isEqualTo("FAILED");
        assertThat(status.get("error").asText()).isEqualTo("database went away");
        assertThat(status.get("finished_at").isNull()).isFalse();
    }
}
