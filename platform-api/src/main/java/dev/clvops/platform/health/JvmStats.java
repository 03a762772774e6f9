package dev.clvops.platform.health;

import java.time.Duration;
import java.util.List;

/**
 * The running JVM.
 *
 * @param version the Java runtime version, e.g. {@code 25+36}
 * @param vendor the runtime vendor
 * @param uptime time since the JVM started
 * @param heapUsedBytes heap in use
 * @param heapMaxBytes the heap limit; -1 when undefined
 * @param threads live threads
 * @param peakThreads the most live threads since start
 * @param garbageCollectors each collector's totals
 */
public record JvmStats(String version, String vendor, Duration uptime, long heapUsedBytes, long heapMaxBytes,
                       int threads, int peakThreads, List<GcStats> garbageCollectors) {

    public JvmStats {
        garbageCollectors = List.copyOf(garbageCollectors);
    }

    /**
     * One garbage collector.
     *
     * @param name the collector, e.g. {@code G1 Young Generation}
     * @param collections collections since start
     * @param time time spent collecting
     */
    public record GcStats(String name, long collections, Duration time) {
    }
}
