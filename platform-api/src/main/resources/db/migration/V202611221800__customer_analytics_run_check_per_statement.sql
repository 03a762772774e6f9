-- The run_id foreign key of customer_analytics checked each of the refresh's ~1M COPY rows against analytics_runs
-- with one queued trigger event and one index probe per row. The same rule is now checked once per statement (as
-- ingest does since V202611221000): the inserted rows' distinct run ids must exist in analytics_runs; deleting a
-- run still deletes its customer rows, and a row's run cannot be changed.
ALTER TABLE customer_analytics DROP CONSTRAINT customer_analytics_run_id_fkey;

CREATE FUNCTION analytics_run_ids_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing BIGINT;
BEGIN
    SELECT n.run_id INTO missing FROM (SELECT DISTINCT run_id FROM new_rows) n
    WHERE NOT EXISTS (SELECT 1 FROM analytics_runs r WHERE r.run_id = n.run_id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert into customer_analytics refers to analytics run %, which does not exist', missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER customer_analytics_run_exists AFTER INSERT ON customer_analytics REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_run_ids_exist();

CREATE FUNCTION analytics_run_id_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the analytics run of customer_analytics rows cannot be changed'
        USING ERRCODE = 'foreign_key_violation';
END $$;
CREATE TRIGGER customer_analytics_run_fixed BEFORE UPDATE OF run_id ON customer_analytics
    FOR EACH ROW WHEN (OLD.run_id IS DISTINCT FROM NEW.run_id) EXECUTE FUNCTION analytics_run_id_fixed();

CREATE FUNCTION analytics_run_rows_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM customer_analytics c USING old_rows o WHERE c.run_id = o.run_id;
    RETURN NULL;
END $$;
CREATE TRIGGER analytics_runs_cascade AFTER DELETE ON analytics_runs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_run_rows_deleted();
