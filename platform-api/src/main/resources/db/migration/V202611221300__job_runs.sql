-- Every job run started through the jobs service (REST API, UI): kept after it ends and across restarts.
CREATE TABLE job_runs (
    run_id           BIGSERIAL PRIMARY KEY,
    kind             TEXT        NOT NULL,
    parameters       JSONB       NOT NULL,
    status           TEXT        NOT NULL
        CHECK (status IN ('QUEUED', 'RUNNING', 'STOPPING', 'COMPLETED', 'FAILED', 'STOPPED')),
    progress_percent DOUBLE PRECISION NOT NULL DEFAULT -1,
    progress_message TEXT        NOT NULL DEFAULT '',
    progress         JSONB,
    submitted_at     TIMESTAMPTZ NOT NULL,
    started_at       TIMESTAMPTZ,
    ended_at         TIMESTAMPTZ,
    result           JSONB,
    error            TEXT,
    instance         TEXT        NOT NULL
);
CREATE INDEX job_runs_active ON job_runs (status) WHERE status IN ('QUEUED', 'RUNNING', 'STOPPING');
