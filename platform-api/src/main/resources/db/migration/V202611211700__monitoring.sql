-- Drift monitoring (job monitor-drift), the retrain policy's decisions and the scheduler's claimed runs.

-- Reference profiles of a model version: its training snapshot's features (ReferenceProfile.toMap list), computed
-- once; the prediction profile comes from the version's first completed scoring run.
CREATE TABLE drift_baselines (
    family             TEXT        NOT NULL,
    model_version      INTEGER     NOT NULL,
    snapshot_id        BIGINT      NOT NULL REFERENCES feature_snapshots (snapshot_id) ON DELETE CASCADE,
    profiles           JSONB       NOT NULL,
    prediction_run_id  BIGINT,
    prediction_profile JSONB,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (family, model_version)
);

-- One drift check; history is kept so trends can be charted.
CREATE TABLE drift_reports (
    report_id             BIGSERIAL PRIMARY KEY,
    created_at            TIMESTAMPTZ      NOT NULL DEFAULT now(),
    family                TEXT             NOT NULL,
    model_version         INTEGER          NOT NULL,
    reference_snapshot_id BIGINT           NOT NULL,
    current_snapshot_id   BIGINT           NOT NULL,
    scoring_run_id        BIGINT,
    drifted_share         DOUBLE PRECISION NOT NULL,
    dataset_drift         BOOLEAN          NOT NULL,
    prediction_psi        DOUBLE PRECISION,
    prediction_alert      BOOLEAN          NOT NULL DEFAULT false,
    performance_alert     BOOLEAN          NOT NULL DEFAULT false,
    performance           JSONB,
    parameter_alert       BOOLEAN          NOT NULL DEFAULT false,
    parameters            JSONB,
    job_execution_id      BIGINT
);
CREATE INDEX drift_reports_created ON drift_reports (created_at DESC);

-- Per-feature statistics of a report (the predicted CLV is the feature 'predicted_clv').
CREATE TABLE drift_report_features (
    report_id             BIGINT           NOT NULL REFERENCES drift_reports (report_id) ON DELETE CASCADE,
    feature               TEXT             NOT NULL,
    kind                  TEXT             NOT NULL,
    psi                   DOUBLE PRECISION NOT NULL,
    statistic             DOUBLE PRECISION NOT NULL,
    p_value               DOUBLE PRECISION NOT NULL,
    effect_size           DOUBLE PRECISION NOT NULL,
    bins                  JSONB            NOT NULL,
    reference_proportions JSONB            NOT NULL,
    current_proportions   JSONB            NOT NULL,
    verdict               TEXT             NOT NULL CHECK (verdict IN ('NONE', 'WARNING', 'ALERT')),
    drifted               BOOLEAN          NOT NULL,
    PRIMARY KEY (report_id, feature)
);
CREATE INDEX drift_report_features_trend ON drift_report_features (feature, report_id);

-- Every retrain-policy decision with its reason and the numbers it was taken on.
CREATE TABLE retrain_decisions (
    decision_id        BIGSERIAL PRIMARY KEY,
    decided_at         TIMESTAMPTZ NOT NULL,
    decision           TEXT        NOT NULL CHECK (decision IN ('RETRAIN', 'SKIP')),
    reason             TEXT        NOT NULL,
    forced             BOOLEAN     NOT NULL,
    drift_report_id    BIGINT REFERENCES drift_reports (report_id) ON DELETE SET NULL,
    facts              JSONB       NOT NULL,
    outcome            TEXT,
    training_run_id    BIGINT,
    finished_at        TIMESTAMPTZ
);
CREATE INDEX retrain_decisions_decided ON retrain_decisions (decision, decided_at DESC);

-- A scheduled job's fire time is claimed by exactly one instance (primary key), so replicas never run it twice.
CREATE TABLE scheduler_runs (
    job_name    TEXT        NOT NULL,
    fire_time   TIMESTAMPTZ NOT NULL,
    instance    TEXT        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ,
    status      TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    message     TEXT,
    PRIMARY KEY (job_name, fire_time)
);
