package dev.clvops.training.synthetic;

import java.util.List;

/** One customer's draw: attributes, true parameters, acquisition time (days) and the purchases of the history. */
record SimulatedCustomer(long number, Attributes attributes, Traits traits, double acquisitionTime,
        List<Purchase> purchases, boolean aliveAtEnd) {

    SimulatedCustomer {
        purchases = List.copyOf(purchases);
    }

    String customerId() {
        return "C%08d".formatted(number);
    }

    Purchase lastPurchase() {
        return purchases.getLast();
    }
}
