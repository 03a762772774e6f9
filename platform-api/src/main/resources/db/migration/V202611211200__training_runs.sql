-- Runs of the train-clv job (TrainingService) and the link from a registered model version to its snapshot.

-- One training run with its JSON documents; each step fills its part, so a failed run shows how far it got.
CREATE TABLE training_runs (
    run_id           BIGSERIAL PRIMARY KEY,
    status           TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'COMPLETED_REGISTRY_PENDING',
                                                           'FAILED')),
    started_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ,
    request          JSONB       NOT NULL,
    snapshot_id      BIGINT REFERENCES feature_snapshots (snapshot_id),
    gate             JSONB,
    families         JSONB       NOT NULL DEFAULT '{}'::jsonb,
    tracking         JSONB,
    champion         TEXT,
    promotion        JSONB,
    registry         JSONB,
    durations        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    job_execution_id BIGINT,
    message          TEXT
);

-- The snapshot a registered model version was trained on; monitoring builds its reference profiles from it.
CREATE TABLE model_baselines (
    family          TEXT        NOT NULL,
    model_version   INTEGER     NOT NULL,
    snapshot_id     BIGINT      NOT NULL REFERENCES feature_snapshots (snapshot_id),
    training_run_id BIGINT      REFERENCES training_runs (run_id),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (family, model_version)
);
