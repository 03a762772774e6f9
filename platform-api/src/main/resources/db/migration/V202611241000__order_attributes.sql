-- An order's six descriptive text values (channel, category, acquisition source, campaign, country, currency) take
-- a few dozen distinct combinations, yet every orders row stored all six: receiving them was about 0.35 s of the
-- 0.8 s PostgreSQL spent COPYing 1M rows, and they made the heap about 20 bytes per row wider. Each distinct
-- combination is now one order_attributes row, and orders keep its id (NULL when an order has none of the six).
-- order_details joins them back for readers.
CREATE TABLE order_attributes (
    attributes_id      INTEGER PRIMARY KEY,
    channel            TEXT,
    category           TEXT,
    acquisition_source TEXT,
    campaign           TEXT,
    country            TEXT,
    currency           TEXT,
    CONSTRAINT order_attributes_combination UNIQUE NULLS NOT DISTINCT
        (channel, category, acquisition_source, campaign, country, currency),
    CONSTRAINT order_attributes_not_empty
        CHECK (num_nonnulls(channel, category, acquisition_source, campaign, country, currency) > 0)
);

INSERT INTO order_attributes
SELECT row_number() OVER (ORDER BY channel, category, acquisition_source, campaign, country, currency), d.*
FROM (SELECT DISTINCT channel, category, acquisition_source, campaign, country, currency FROM orders
      WHERE num_nonnulls(channel, category, acquisition_source, campaign, country, currency) > 0) d;

ALTER TABLE orders ADD COLUMN attributes_id INTEGER;
-- ingest never stores an empty string (a blank value is NULL), so '' stands for NULL in this join
UPDATE orders o SET attributes_id = a.attributes_id FROM order_attributes a
WHERE coalesce(o.channel, '') = coalesce(a.channel, '') AND coalesce(o.category, '') = coalesce(a.category, '')
  AND coalesce(o.acquisition_source, '') = coalesce(a.acquisition_source, '')
  AND coalesce(o.campaign, '') = coalesce(a.campaign, '') AND coalesce(o.country, '') = coalesce(a.country, '')
  AND coalesce(o.currency, '') = coalesce(a.currency, '');
ALTER TABLE orders DROP COLUMN channel, DROP COLUMN category, DROP COLUMN acquisition_source,
    DROP COLUMN campaign, DROP COLUMN country, DROP COLUMN currency;

CREATE VIEW order_details AS
SELECT o.order_id, o.customer_id, o.order_date, o.order_ts, o.order_value, o.quantity, a.channel, a.category,
       a.acquisition_source, a.campaign, a.country, a.currency, o.run_id, o.attributes_id
FROM orders o LEFT JOIN order_attributes a ON a.attributes_id = o.attributes_id;

-- Like the run ids: inserted ids must exist (checked once per statement), so must an id an update sets, and a
-- combination that orders use cannot be deleted or changed.
CREATE FUNCTION order_attributes_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing INTEGER;
BEGIN
    SELECT n.id INTO missing
    FROM (SELECT DISTINCT attributes_id AS id FROM new_rows WHERE attributes_id IS NOT NULL) n
    WHERE NOT EXISTS (SELECT 1 FROM order_attributes a WHERE a.attributes_id = n.id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'orders refer to order attributes %, which do not exist', missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER orders_attributes_exist AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION order_attributes_exist();
-- (a trigger with a transition table cannot name columns, so this one sees every update of orders; there are few)
CREATE TRIGGER orders_attributes_updated AFTER UPDATE ON orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION order_attributes_exist();

CREATE FUNCTION order_attributes_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'order attributes % cannot be changed: add a new combination instead', OLD.attributes_id
        USING ERRCODE = 'foreign_key_violation';
END $$;

CREATE FUNCTION order_attributes_unreferenced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM orders WHERE attributes_id = OLD.attributes_id) THEN
        RAISE EXCEPTION 'order attributes % are still used by stored orders', OLD.attributes_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER order_attributes_unreferenced BEFORE DELETE ON order_attributes
    FOR EACH ROW EXECUTE FUNCTION order_attributes_unreferenced();
CREATE TRIGGER order_attributes_values_fixed BEFORE UPDATE ON order_attributes
    FOR EACH ROW EXECUTE FUNCTION order_attributes_fixed();
