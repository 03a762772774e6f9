-- The run_id foreign keys of orders, order_returns and customers checked every inserted row against ingest_runs
-- with one index probe each (about 2 s of a 1M-row merge). The same rule is now checked once per statement: the
-- inserted rows' distinct run ids must exist in ingest_runs, and a referenced run cannot be deleted.
ALTER TABLE orders DROP CONSTRAINT orders_run_id_fkey;
ALTER TABLE order_returns DROP CONSTRAINT order_returns_run_id_fkey;
ALTER TABLE customers DROP CONSTRAINT customers_first_run_id_fkey;

CREATE FUNCTION ingest_run_ids_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing BIGINT;
    found_rows BIGINT;
BEGIN
    -- the run id columns are NOT NULL; EXECUTE does not set FOUND, so the row count tells
    EXECUTE format('SELECT n.id FROM (SELECT DISTINCT %I AS id FROM new_rows) n
                    WHERE NOT EXISTS (SELECT 1 FROM ingest_runs r WHERE r.run_id = n.id) LIMIT 1',
                   TG_ARGV[0]) INTO missing;
    GET DIAGNOSTICS found_rows = ROW_COUNT;
    IF found_rows > 0 THEN
        RAISE EXCEPTION 'insert into % refers to ingest run %, which does not exist', TG_TABLE_NAME, missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER orders_run_exists AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ingest_run_ids_exist('run_id');
CREATE TRIGGER order_returns_run_exists AFTER INSERT ON order_returns REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ingest_run_ids_exist('run_id');
CREATE TRIGGER customers_run_exists AFTER INSERT ON customers REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ingest_run_ids_exist('first_run_id');

-- run ids are never updated by the platform; an update that changes one is rejected like a dangling insert
CREATE FUNCTION ingest_run_ids_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ingest run of % rows cannot be changed', TG_TABLE_NAME USING ERRCODE = 'foreign_key_violation';
END $$;
CREATE TRIGGER orders_run_fixed BEFORE UPDATE OF run_id ON orders
    FOR EACH ROW WHEN (OLD.run_id IS DISTINCT FROM NEW.run_id) EXECUTE FUNCTION ingest_run_ids_fixed();
CREATE TRIGGER order_returns_run_fixed BEFORE UPDATE OF run_id ON order_returns
    FOR EACH ROW WHEN (OLD.run_id IS DISTINCT FROM NEW.run_id) EXECUTE FUNCTION ingest_run_ids_fixed();
CREATE TRIGGER customers_run_fixed BEFORE UPDATE OF first_run_id ON customers
    FOR EACH ROW WHEN (OLD.first_run_id IS DISTINCT FROM NEW.first_run_id) EXECUTE FUNCTION ingest_run_ids_fixed();

CREATE FUNCTION ingest_run_unreferenced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM orders WHERE run_id = OLD.run_id)
       OR EXISTS (SELECT 1 FROM order_returns WHERE run_id = OLD.run_id)
       OR EXISTS (SELECT 1 FROM customers WHERE first_run_id = OLD.run_id) THEN
        RAISE EXCEPTION 'ingest run % is still referenced by stored orders, returns or customers', OLD.run_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER ingest_runs_unreferenced BEFORE DELETE ON ingest_runs
    FOR EACH ROW EXECUTE FUNCTION ingest_run_unreferenced();
