package dev.clvops.reports.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock milliseconds per named phase, in run order. */
final class PhaseTimer {

    private final Map<String, Long> durations = new LinkedHashMap<>();

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        durations.merge(phase, (System.nanoTime() - start) / 1_000_000, Long::sum);
        return result;
    }

    Map<String, Long> durations() {
        return Map.copyOf(durations);
    }
}
