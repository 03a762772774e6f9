package dev.clvops.training.ingest;

/**
 * The primary key and indexes of {@code orders} (and the order-lines key that depends on the primary key), as
 * statements that drop them before a bulk insert into an empty table and build them after it: one sorted build
 * per index costs a fraction of a million single B-tree inserts. Both run inside the merge transaction.
 */
final class OrderKeys {

    static final String DROP = """
            ALTER TABLE order_lines DROP CONSTRAINT order_lines_order_id_fkey;
            ALTER TABLE orders DROP CONSTRAINT orders_pkey;
            DROP INDEX orders_customer_date;
            DROP INDEX orders_date""";
    static final String BUILD = """
            ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (order_id);
            ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id)
                REFERENCES orders (order_id) ON DELETE CASCADE;
            CREATE INDEX orders_customer_date ON orders (customer_id, order_date);
            CREATE INDEX orders_date ON orders (order_date)""";

    private OrderKeys() {
    }
}
