-- Generated reports (reports module): one report run per generation, one row per file (PDF or Markdown) with its
-- provenance; the files live under $CLVOPS_HOME/reports/<report_run_id>/. The headline KPIs of every run are kept
-- so the next executive summary can show the change against the previous report.
CREATE TABLE report_runs (
    report_run_id    BIGSERIAL PRIMARY KEY,
    analytics_run_id BIGINT REFERENCES analytics_runs (run_id) ON DELETE SET NULL,
    snapshot_id      BIGINT      NOT NULL,
    model_version    TEXT        NOT NULL,
    data_up_to       DATE,
    generated_at     TIMESTAMPTZ NOT NULL,
    headline         JSONB       NOT NULL
);

CREATE TABLE reports (
    report_id     BIGSERIAL PRIMARY KEY,
    report_run_id BIGINT      NOT NULL REFERENCES report_runs (report_run_id) ON DELETE CASCADE,
    kind          TEXT        NOT NULL,
    format        TEXT        NOT NULL CHECK (format IN ('pdf', 'md')),
    title         TEXT        NOT NULL,
    file_name     TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    sha256        TEXT        NOT NULL,
    generated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (report_run_id, file_name)
);

-- Per-customer aggregates of an analytics run (totals, CLV histogram, segment and persona revenue), computed once
-- on the first report of the run, so rendering never scans the customers again.
CREATE TABLE report_aggregates (
    analytics_run_id BIGINT PRIMARY KEY REFERENCES analytics_runs (run_id) ON DELETE CASCADE,
    document         JSONB       NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
