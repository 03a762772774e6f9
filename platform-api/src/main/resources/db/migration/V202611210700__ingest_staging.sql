-- Staging area of the ingest-orders job: parsed rows are COPYed here per run, then merged into orders, order_lines,
-- order_returns, customers and quarantined_rows in one transaction and deleted. UNLOGGED: it is disposable
-- (a crashed run is marked ABANDONED and its rows removed at the next start).
CREATE UNLOGGED TABLE ingest_staged_rows (
    run_id             BIGINT  NOT NULL,
    line_number        BIGINT  NOT NULL,
    kind               CHAR(1) NOT NULL CHECK (kind IN ('O', 'L', 'R', 'X', 'Q')),
    order_key          TEXT,
    customer_id        TEXT,
    order_date         DATE,
    order_ts           TIMESTAMP,
    amount             NUMERIC(14, 2),
    quantity           INTEGER,
    unit_price         NUMERIC(14, 4),
    stock_code         TEXT,
    description        TEXT,
    channel            TEXT,
    category           TEXT,
    acquisition_source TEXT,
    campaign           TEXT,
    country            TEXT,
    currency           TEXT,
    age                INTEGER,
    gender             TEXT,
    city               TEXT,
    raw                TEXT,
    reason             TEXT,
    reason_key         TEXT
);
