-- Embedded model registry (JdbcModelRegistry) and the registration outbox (ResilientModelRegistry).

-- A logged training run; run_id is a generated UUID text so it has the same shape as an MLflow run id.
CREATE TABLE registry_runs (
    run_id      text PRIMARY KEY,
    family      text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Parameters: the model's full provenance (ModelRegistry javadoc lists the keys).
CREATE TABLE registry_run_params (
    run_id text NOT NULL REFERENCES registry_runs ON DELETE CASCADE,
    name   text NOT NULL,
    value  text NOT NULL,
    PRIMARY KEY (run_id, name)
);

CREATE TABLE registry_run_metrics (
    run_id text             NOT NULL REFERENCES registry_runs ON DELETE CASCADE,
    name   text             NOT NULL,
    value  double precision NOT NULL,
    PRIMARY KEY (run_id, name)
);

-- The artifact files live under <artifact base>/<run_id>/<file_name>; the row keeps what was written.
CREATE TABLE registry_run_artifacts (
    run_id       text   NOT NULL REFERENCES registry_runs ON DELETE CASCADE,
    file_name    text   NOT NULL,
    content_type text   NOT NULL,
    size_bytes   bigint NOT NULL,
    sha256       text   NOT NULL,
    PRIMARY KEY (run_id, file_name)
);

CREATE TABLE registered_models (
    family     text PRIMARY KEY,
    name       text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

CREATE TABLE model_versions (
    family     text        NOT NULL REFERENCES registered_models,
    version    integer     NOT NULL CHECK (version > 0),
    run_id     text        NOT NULL REFERENCES registry_runs,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (family, version)
);

-- An alias points at one version of a family (MLflow semantics).
CREATE TABLE model_aliases (
    family  text    NOT NULL,
    alias   text    NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (family, alias),
    FOREIGN KEY (family, version) REFERENCES model_versions
);

-- Every promotion-gate decision, for both registry adapters (the MLflow adapter also tags the model version).
CREATE TABLE promotion_decisions (
    id                bigserial PRIMARY KEY,
    family            text             NOT NULL,
    candidate_version integer          NOT NULL,
    champion_version  integer,
    metric            text             NOT NULL,
    candidate_value   double precision NOT NULL,
    champion_value    double precision,
    margin            double precision NOT NULL,
    promoted          boolean          NOT NULL,
    reason            text             NOT NULL,
    decided_at        timestamptz      NOT NULL
);
CREATE INDEX promotion_decisions_family ON promotion_decisions (family, decided_at DESC);

-- Outbox: a finished training run whose registration failed because the registry was unreachable.
CREATE TABLE pending_registrations (
    id                  bigserial PRIMARY KEY,
    family              text        NOT NULL,
    snapshot_id         bigint      NOT NULL,
    cutoff              date        NOT NULL,
    horizon_days        integer     NOT NULL,
    feature_set_version text        NOT NULL,
    hyper_parameters    jsonb       NOT NULL,
    seed                bigint      NOT NULL,
    code_version        text        NOT NULL,
    trained_at          timestamptz NOT NULL,
    metrics             jsonb       NOT NULL,
    queued_at           timestamptz NOT NULL,
    attempts            integer     NOT NULL,
    last_attempt_at     timestamptz NOT NULL,
    last_error          text        NOT NULL
);

CREATE TABLE pending_registration_artifacts (
    pending_id   bigint NOT NULL REFERENCES pending_registrations ON DELETE CASCADE,
    file_name    text   NOT NULL,
    content_type text   NOT NULL,
    content      bytea  NOT NULL,
    PRIMARY KEY (pending_id, file_name)
);
