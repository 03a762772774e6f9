package dev.clvops.training.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * Writes customers one at a time: the truth row, then the order rows, each clean row followed, with probability
 * {@code f / (1 - f)}, by a bad copy so bad rows make up the share {@code f} of all rows. Bad rows come from a
 * separate random stream per customer, so the clean rows are the same whatever the dirty fraction.
 */
final class DemoDataWriter {

    private static final long DIRT_SALT = 0xD1B7L;

    private final CustomerSimulator simulator;
    private final OrderRows orderRows;
    private final GroundTruth groundTruth;
    private final long seed;
    private final double dirtPerRow;
    private final Writer orders;
    private final Writer truth;
    private long rows;
    private long dirtyRows;

    DemoDataWriter(PopulationParameters population, Timeline timeline, long seed, double dirtyFraction,
            Writer orders, Writer truth) {
        this.simulator = new CustomerSimulator(population, timeline, seed);
        this.orderRows = new OrderRows(timeline);
        this.groundTruth = new GroundTruth(population, timeline);
        this.seed = seed;
        this.dirtPerRow = dirtyFraction / (1 - dirtyFraction);
        this.orders = orders;
        this.truth = truth;
    }

    void writeHeaders() throws IOException {
        orders.write(OrderRows.HEADER + "\n");
        truth.write(groundTruth.header() + "\n");
    }

    void writeCustomer(long number) throws IOException {
        SimulatedCustomer customer = simulator.simulate(number);
        truth.write(groundTruth.line(customer) + "\n");
        SplittableRandom dirt = new SplittableRandom(SplittableRandomGenerator.streamSeed(seed, number, DIRT_SALT));
        for (String[] row : orderRows.rows(customer)) {
            orders.write(Csv.line(row) + "\n");
            rows++;
            if (dirtPerRow > 0 && dirt.nextDouble() < dirtPerRow) {
                orders.write(DirtyRows.badCopy(row, dirt) + "\n");
                rows++;
                dirtyRows++;
            }
        }
    }

    /** Order rows written so far, bad rows included. */
    long rows() {
        return rows;
    }

    long dirtyRows() {
        return dirtyRows;
    }
}
