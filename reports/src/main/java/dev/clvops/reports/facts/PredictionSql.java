package dev.clvops.reports.facts;

/** SQL shared by the CLV distribution and the customer rows: a run's customers joined to their predictions. */
final class PredictionSql {

    /** NaN marks a family without a transaction model; it counts as missing. */
    static final String EXPECTED = "nullif(p.expected_purchases, 'NaN'::float8)";
    private static final String ALIVE = "nullif(p.p_alive, 'NaN'::float8)";

    /**
     * P(alive) times the Poisson chance of at least one purchase at the alive customer's expected count. The exponent
     * is capped at 700: PostgreSQL's exp() raises "underflow" below about -745, and 1 - exp(-700) is already 1.
     */
    static final String REPEAT = "CASE WHEN " + ALIVE + " > 0 THEN " + ALIVE + " * (1 - exp(-least(" + EXPECTED
            + " / " + ALIVE + ", 700))) WHEN " + ALIVE + " = 0 AND " + EXPECTED + " IS NOT NULL THEN 0 END";

    /** Customers of run {@code :run} with the predictions of scoring run {@code :scoring}. */
    static final String FROM = " FROM customer_analytics a LEFT JOIN customer_predictions p"
            + " ON p.scoring_run_id = :scoring AND p.customer_id = a.customer_id WHERE a.run_id = :run";

    private PredictionSql() {
    }
}
