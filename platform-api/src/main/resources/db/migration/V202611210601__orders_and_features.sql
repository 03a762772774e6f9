-- Core data of clvops: customers, orders (+ lines), returns, ingest runs, quarantine, feature snapshots.
-- Migrations of every module live under classpath:db/migration and are versioned by timestamp (yyyyMMddHHmm).

CREATE TABLE ingest_runs (
    run_id          BIGSERIAL PRIMARY KEY,
    file_name       TEXT        NOT NULL,
    file_sha256     TEXT        NOT NULL,
    file_bytes      BIGINT      NOT NULL,
    format          TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'ABANDONED')),
    started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ,
    rows_read       BIGINT      NOT NULL DEFAULT 0,
    loaded          BIGINT      NOT NULL DEFAULT 0,
    duplicates      BIGINT      NOT NULL DEFAULT 0,
    quarantined     BIGINT      NOT NULL DEFAULT 0,
    customers       BIGINT      NOT NULL DEFAULT 0,
    reasons         JSONB       NOT NULL DEFAULT '{}'::jsonb,
    repeat_of       BIGINT REFERENCES ingest_runs (run_id),
    job_execution_id BIGINT,
    message         TEXT
);
CREATE INDEX ingest_runs_sha ON ingest_runs (file_sha256);

CREATE TABLE customers (
    customer_id        TEXT PRIMARY KEY,
    channel            TEXT,
    acquisition_source TEXT,
    country            TEXT,
    age                INTEGER,
    gender             TEXT,
    city               TEXT,
    first_run_id       BIGINT NOT NULL REFERENCES ingest_runs (run_id)
);

-- One row per source order. order_id is the source's order id prefixed by the format
-- (cdnow rows have none: a content key is used), which makes re-ingesting idempotent.
CREATE TABLE orders (
    order_id           TEXT PRIMARY KEY,
    customer_id        TEXT          NOT NULL,
    order_date         DATE          NOT NULL,
    order_ts           TIMESTAMP,
    order_value        NUMERIC(14, 2) NOT NULL,
    quantity           INTEGER,
    channel            TEXT,
    category           TEXT,
    acquisition_source TEXT,
    campaign           TEXT,
    country            TEXT,
    currency           TEXT,
    run_id             BIGINT        NOT NULL REFERENCES ingest_runs (run_id)
);
CREATE INDEX orders_customer_date ON orders (customer_id, order_date);
CREATE INDEX orders_date ON orders (order_date);

CREATE TABLE order_lines (
    order_id    TEXT          NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    line_no     INTEGER       NOT NULL,
    stock_code  TEXT,
    description TEXT,
    quantity    INTEGER       NOT NULL,
    unit_price  NUMERIC(14, 4) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

-- Returns and cancellations (e.g. Online Retail invoices starting with 'C'); value is positive money returned.
CREATE TABLE order_returns (
    return_id    TEXT PRIMARY KEY,
    customer_id  TEXT          NOT NULL,
    return_date  DATE          NOT NULL,
    return_value NUMERIC(14, 2) NOT NULL,
    quantity     INTEGER,
    order_id     TEXT,
    run_id       BIGINT        NOT NULL REFERENCES ingest_runs (run_id)
);
CREATE INDEX order_returns_customer ON order_returns (customer_id, return_date);

CREATE TABLE quarantined_rows (
    id          BIGSERIAL PRIMARY KEY,
    run_id      BIGINT NOT NULL REFERENCES ingest_runs (run_id) ON DELETE CASCADE,
    file_name   TEXT   NOT NULL,
    line_number BIGINT NOT NULL,
    raw         TEXT   NOT NULL,
    reason      TEXT   NOT NULL
);
CREATE INDEX quarantined_rows_run ON quarantined_rows (run_id, line_number);

CREATE TABLE feature_snapshots (
    snapshot_id         BIGSERIAL PRIMARY KEY,
    cutoff              DATE        NOT NULL,
    horizon_days        INTEGER     NOT NULL,
    feature_set_version TEXT        NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('BUILDING', 'COMPLETED', 'FAILED')),
    row_count           BIGINT      NOT NULL DEFAULT 0,
    checksum            TEXT,
    orders_max_date     DATE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    job_execution_id    BIGINT
);

-- Per-customer features of a snapshot. BTYD columns are in days; exports convert units.
CREATE TABLE customer_features (
    snapshot_id          BIGINT           NOT NULL REFERENCES feature_snapshots (snapshot_id) ON DELETE CASCADE,
    customer_id          TEXT             NOT NULL,
    frequency            INTEGER          NOT NULL,
    recency_days         DOUBLE PRECISION NOT NULL,
    t_days               DOUBLE PRECISION NOT NULL,
    monetary_value       DOUBLE PRECISION NOT NULL,
    total_spend          DOUBLE PRECISION NOT NULL,
    net_spend            DOUBLE PRECISION NOT NULL,
    order_count          INTEGER          NOT NULL,
    avg_order_value      DOUBLE PRECISION NOT NULL,
    days_since_last      DOUBLE PRECISION NOT NULL,
    tenure_days          DOUBLE PRECISION NOT NULL,
    ipt_mean_days        DOUBLE PRECISION,
    ipt_std_days         DOUBLE PRECISION,
    orders_30d           INTEGER          NOT NULL,
    orders_90d           INTEGER          NOT NULL,
    orders_180d          INTEGER          NOT NULL,
    spend_30d            DOUBLE PRECISION NOT NULL,
    spend_90d            DOUBLE PRECISION NOT NULL,
    spend_180d           DOUBLE PRECISION NOT NULL,
    distinct_categories  INTEGER          NOT NULL,
    return_rate          DOUBLE PRECISION NOT NULL,
    first_order_value    DOUBLE PRECISION NOT NULL,
    first_order_date     DATE             NOT NULL,
    channel              TEXT,
    acquisition_source   TEXT,
    country              TEXT,
    future_value         DOUBLE PRECISION,
    future_orders        INTEGER,
    PRIMARY KEY (snapshot_id, customer_id)
);
