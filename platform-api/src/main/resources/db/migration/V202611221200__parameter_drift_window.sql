-- Parameter drift refits a BTYD champion's family on a recent window of the current snapshot: the customers
-- acquired in the last parameter_window_days days before its cutoff, parameter_customers of them.
ALTER TABLE drift_reports
    ADD COLUMN parameter_window_days INTEGER,
    ADD COLUMN parameter_customers   INTEGER;
