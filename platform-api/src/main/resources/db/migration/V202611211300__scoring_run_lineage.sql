-- Lineage of a scoring run (score-customers): the registry run of the champion and the CLV valuation settings.
ALTER TABLE scoring_runs
    ADD COLUMN model_run_id         TEXT,
    ADD COLUMN annual_discount_rate DOUBLE PRECISION,
    ADD COLUMN gross_margin         DOUBLE PRECISION;

-- PredictionQueries: the latest completed run, and one customer's predictions across runs.
CREATE INDEX scoring_runs_completed ON scoring_runs (finished_at DESC, scoring_run_id DESC)
    WHERE status = 'COMPLETED';
CREATE INDEX customer_predictions_customer ON customer_predictions (customer_id, scoring_run_id);
