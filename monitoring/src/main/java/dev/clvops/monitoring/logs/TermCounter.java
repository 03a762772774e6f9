package dev.clvops.monitoring.logs;

import dev.clvops.platform.logs.TermCount;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Heavy hitters in bounded memory: the Misra-Gries summary (Misra and Gries 1982) keeps at most {@code capacity}
 * counters; every term occurring more than n/(capacity+1) times survives, each count short by at most that much.
 */
final class TermCounter {

    private final int capacity;
    private final Map<String, Long> counts = new HashMap<>();

    TermCounter(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    void add(String term) {
        Long count = counts.get(term);
        if (count != null) {
            counts.put(term, count + 1);
        } else if (counts.size() < capacity) {
            counts.put(term, 1L);
        } else {
            decrementAll();
        }
    }

    List<TermCount> top(int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(entry -> new TermCount(entry.getKey(), entry.getValue())).toList();
    }

    private void decrementAll() {
        for (Iterator<Map.Entry<String, Long>> it = counts.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> entry = it.next();
            if (entry.getValue() == 1) {
                it.remove();
            } else {
                entry.setValue(entry.getValue() - 1);
            }
        }
    }

}
