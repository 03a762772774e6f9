-- Customer analytics (reports module): one run per refresh, computed from a feature snapshot and optionally the
-- champion's scoring run. Per-customer results are loaded with COPY; aggregates are JSONB documents by kind.
CREATE TABLE analytics_runs (
    run_id         BIGSERIAL PRIMARY KEY,
    snapshot_id    BIGINT      NOT NULL REFERENCES feature_snapshots (snapshot_id) ON DELETE CASCADE,
    scoring_run_id BIGINT REFERENCES scoring_runs (scoring_run_id) ON DELETE SET NULL,
    status         TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ,
    customers      BIGINT      NOT NULL DEFAULT 0,
    durations_ms   JSONB       NOT NULL DEFAULT '{}'::jsonb,
    message        TEXT
);

CREATE TABLE customer_analytics (
    run_id              BIGINT           NOT NULL REFERENCES analytics_runs (run_id) ON DELETE CASCADE,
    customer_id         TEXT             NOT NULL,
    r_score             SMALLINT         NOT NULL,
    f_score             SMALLINT         NOT NULL,
    m_score             SMALLINT         NOT NULL,
    rfm_code            TEXT             NOT NULL,
    segment             TEXT             NOT NULL,
    cluster             INTEGER          NOT NULL,
    dbscan_cluster      INTEGER          NOT NULL,
    ward_cluster        INTEGER          NOT NULL,
    pca_x               DOUBLE PRECISION NOT NULL,
    pca_y               DOUBLE PRECISION NOT NULL,
    pca_z               DOUBLE PRECISION NOT NULL,
    persona             TEXT             NOT NULL,
    tier                TEXT,
    clv                 DOUBLE PRECISION,
    p_alive             DOUBLE PRECISION,
    next_purchase_date  DATE,
    next_purchase_low   DATE,
    next_purchase_high  DATE,
    overdue             BOOLEAN          NOT NULL,
    at_risk_probability DOUBLE PRECISION,
    PRIMARY KEY (run_id, customer_id)
);
CREATE INDEX customer_analytics_clv ON customer_analytics (run_id, clv DESC NULLS LAST, customer_id);

CREATE TABLE analytics_results (
    run_id   BIGINT NOT NULL REFERENCES analytics_runs (run_id) ON DELETE CASCADE,
    kind     TEXT   NOT NULL,
    document JSONB  NOT NULL,
    PRIMARY KEY (run_id, kind)
);
