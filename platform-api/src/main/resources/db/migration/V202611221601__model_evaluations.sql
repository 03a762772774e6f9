-- Compact holdout evaluation per family of a training run (training.evaluation), for the Model evaluation tab: a
-- sample of at most 2,000 actual/predicted pairs, the residual histogram and, for XGBoost, gain importance and a
-- SHAP summary. Metrics, deciles and the BTYD tracking stay in training_runs (families, tracking).
CREATE TABLE model_evaluations (
    training_run_id BIGINT NOT NULL REFERENCES training_runs (run_id) ON DELETE CASCADE,
    family          TEXT   NOT NULL,
    document        JSONB  NOT NULL,
    PRIMARY KEY (training_run_id, family)
);
