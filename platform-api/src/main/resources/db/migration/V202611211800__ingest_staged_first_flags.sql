-- Set by the loader, which sees a run's rows in line order: first_of_key marks the first row of each (kind,
-- order_key) and first_of_customer the first accepted row of each customer, so the merge needs no DISTINCT ON sort.
ALTER TABLE ingest_staged_rows
    ADD COLUMN first_of_key      BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN first_of_customer BOOLEAN NOT NULL DEFAULT false;
