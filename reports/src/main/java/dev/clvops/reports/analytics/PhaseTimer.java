package dev.clvops.reports.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Wall-clock milliseconds per named phase; phases may run concurrently, so their sum can exceed the run's wall. */
final class PhaseTimer {

    private final Map<String, Long> durations = new LinkedHashMap<>();

    synchronized void add(String phase, long nanos) {
        durations.merge(phase, nanos / 1_000_000, Long::sum);
    }

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add(phase, System.nanoTime() - start);
        return result;
    }

    synchronized Map<String, Long> durations() {
        return Map.copyOf(durations);
    }

    /** The task's result; its failure rethrown unchecked, with the task's exception as cause. */
    static <T> T join(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a phase", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
