package dev.clvops.training.features;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Walks the customers of several partitions as one sequence in customer id order (a k-way merge). */
final class CustomerMerge {

    private final List<LoadedOrders> parts;
    private final int[][] order;
    private final int[] position;

    CustomerMerge(List<LoadedOrders> parts) {
        this.parts = List.copyOf(parts);
        this.order = parts.stream().map(LoadedOrders::customersInIdOrder).toArray(int[][]::new);
        this.position = new int[parts.size()];
    }

    long customerCount() {
        return parts.stream().mapToLong(LoadedOrders::customerCount).sum();
    }

    long orderCount() {
        return parts.stream().mapToLong(LoadedOrders::orderCount).sum();
    }

    /** The next customer's history, or null after the last. */
    @Nullable CustomerHistory next() {
        int best = -1;
        String bestId = null;
        for (int p = 0; p < order.length; p++) {
            if (position[p] < order[p].length) {
                String id = parts.get(p).id(order[p][position[p]]);
                if (bestId == null || id.compareTo(bestId) < 0) {
                    best = p;
                    bestId = id;
                }
            }
        }
        return best < 0 ? null : parts.get(best).history(order[best][position[best]++]);
    }
}
