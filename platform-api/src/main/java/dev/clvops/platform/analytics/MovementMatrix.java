package dev.clvops.platform.analytics;

import java.util.List;

/**
 * Segment transitions between two segmentations of the same customers.
 *
 * @param segments    row and column labels (before = rows, after = columns)
 * @param counts      counts[i][j]: customers in segments[i] before and segments[j] after
 * @param onlyBefore  customers in the earlier segmentation only
 * @param onlyAfter   customers in the later segmentation only
 */
public record MovementMatrix(List<String> segments, List<List<Long>> counts, long onlyBefore, long onlyAfter) {

    public MovementMatrix {
        segments = List.copyOf(segments);
        counts = counts.stream().map(List::copyOf).toList();
    }

    /** Customers that stayed in the same segment / customers in both segmentations. */
    public double stability() {
        long same = 0;
        long all = 0;
        for (int i = 0; i < counts.size(); i++) {
            for (int j = 0; j < counts.get(i).size(); j++) {
                all += counts.get(i).get(j);
                same += i == j ? counts.get(i).get(j) : 0;
            }
        }
        return all == 0 ? 0 : (double) same / all;
    }
}
