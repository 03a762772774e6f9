package dev.clvops.training.ingest;

/** One source block encoded as binary COPY rows per target table, and the rows it read. */
final class EncodedBlock {

    final BinaryCopy orders;
    final BinaryCopy returns;
    final BinaryCopy customers;
    final BinaryCopy quarantine;
    final BinaryCopy attributes;
    long rows;

    EncodedBlock(int sourceBytes) {
        // an order row takes about 1.5 times its source bytes in binary COPY
        this.orders = new BinaryCopy(sourceBytes + sourceBytes / 2);
        this.returns = new BinaryCopy(sourceBytes / 16);
        this.customers = new BinaryCopy(sourceBytes / 4);
        this.quarantine = new BinaryCopy(1 << 10);
        this.attributes = new BinaryCopy(1 << 10);
    }

    /** Empties the block for the next source block, keeping its buffers. */
    EncodedBlock clear() {
        orders.clear();
        returns.clear();
        customers.clear();
        quarantine.clear();
        attributes.clear();
        rows = 0;
        return this;
    }
}
