package dev.clvops.reports.movement;

import dev.clvops.platform.analytics.MovementMatrix;
import dev.clvops.reports.rfm.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Transition matrix and movers between two segmentations (customer id to segment label). */
public final class SegmentMovement {

    private SegmentMovement() {
    }

    public static MovementMatrix matrix(Map<String, String> before, Map<String, String> after) {
        List<String> labels = labels(before, after);
        long[][] counts = new long[labels.size()][labels.size()];
        long onlyBefore = 0;
        for (Map.Entry<String, String> e : before.entrySet()) {
            String later = after.get(e.getKey());
            if (later == null) {
                onlyBefore++;
            } else {
                counts[labels.indexOf(e.getValue())][labels.indexOf(later)]++;
            }
        }
        long onlyAfter = after.keySet().stream().filter(id -> !before.containsKey(id)).count();
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : counts) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new MovementMatrix(labels, rows, onlyBefore, onlyAfter);
    }

    /** Customers in {@code from} before and {@code to} after, sorted by id. */
    public static List<String> movers(Map<String, String> before, Map<String, String> after, String from,
                                      String to) {
        return before.entrySet().stream()
                .filter(e -> e.getValue().equals(from) && to.equals(after.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** RFM segments in their declared order, then any other labels alphabetically. */
    private static List<String> labels(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> all = new TreeSet<>(Comparator.comparingInt(SegmentMovement::rank)
                .thenComparing(Comparator.naturalOrder()));
        all.addAll(before.values());
        all.addAll(after.values());
        return List.copyOf(all);
    }

    private static int rank(String label) {
        for (Segment s : Segment.values()) {
            if (s.label().equals(label)) {
                return s.ordinal();
            }
        }
        return Segment.values().length;
    }
}
