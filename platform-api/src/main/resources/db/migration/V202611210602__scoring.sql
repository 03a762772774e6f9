-- Scores of the champion model for every customer of an as-of-now snapshot (job score-customers).
CREATE TABLE scoring_runs (
    scoring_run_id   BIGSERIAL PRIMARY KEY,
    snapshot_id      BIGINT      NOT NULL REFERENCES feature_snapshots (snapshot_id),
    family           TEXT        NOT NULL,
    model_version    INTEGER     NOT NULL,
    horizon_days     INTEGER     NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    row_count        BIGINT      NOT NULL DEFAULT 0,
    started_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ,
    job_execution_id BIGINT
);

CREATE TABLE customer_predictions (
    scoring_run_id     BIGINT           NOT NULL REFERENCES scoring_runs (scoring_run_id) ON DELETE CASCADE,
    customer_id        TEXT             NOT NULL,
    expected_purchases DOUBLE PRECISION,
    p_alive            DOUBLE PRECISION,
    expected_spend     DOUBLE PRECISION,
    clv                DOUBLE PRECISION NOT NULL,
    clv_p10            DOUBLE PRECISION,
    clv_p50            DOUBLE PRECISION,
    clv_p90            DOUBLE PRECISION,
    top_factors        JSONB,
    PRIMARY KEY (scoring_run_id, customer_id)
);
CREATE INDEX customer_predictions_clv ON customer_predictions (scoring_run_id, clv DESC);
