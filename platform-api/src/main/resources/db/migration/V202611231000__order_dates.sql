-- The first and last order date of the store, kept by triggers, for the readers that ask for the latest order date
-- (the as-of-now cutoff, the scheduler, drift checks, the demo calendar). It replaces the index orders_date, which
-- served only those questions: building it was a third of a bulk load's key builds (0.28 s of 0.9 s per 1M orders).
-- One row at most; no row (or NULL dates) when the store has no orders.
CREATE TABLE order_dates (
    id         BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    first_date DATE,
    last_date  DATE
);
INSERT INTO order_dates (first_date, last_date) SELECT min(order_date), max(order_date) FROM orders;

-- Inserts widen the range by the inserted rows (the transition table the run checks already capture).
CREATE FUNCTION order_dates_widen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_dates AS d (first_date, last_date)
    SELECT min(order_date), max(order_date) FROM new_rows
    ON CONFLICT (id) DO UPDATE SET first_date = LEAST(d.first_date, EXCLUDED.first_date),
                                   last_date = GREATEST(d.last_date, EXCLUDED.last_date);
    RETURN NULL;
END $$;
CREATE TRIGGER orders_dates_widen AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION order_dates_widen();

-- Deletes, date changes and truncation (rare: tests and repairs) recount from the table.
CREATE FUNCTION order_dates_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_dates AS d (first_date, last_date) SELECT min(order_date), max(order_date) FROM orders
    ON CONFLICT (id) DO UPDATE SET first_date = EXCLUDED.first_date, last_date = EXCLUDED.last_date;
    RETURN NULL;
END $$;
CREATE TRIGGER orders_dates_recount AFTER UPDATE OF order_date OR DELETE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION order_dates_recount();
CREATE TRIGGER orders_dates_truncated AFTER TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION order_dates_recount();

DROP INDEX orders_date;
