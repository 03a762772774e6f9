package dev.clvops.monitoring.drift;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Times PSI + KS over 1,000,000 customers x 20 numeric features (4 of them shifted). Not a test: run by hand with
 * {@code java -Xmx1g -cp <classes:test-classes:hipparchus> dev.clvops.monitoring.drift.DriftBenchmark}.
 * Prints wall and process CPU time per comparison after one warm-up.
 */
public final class DriftBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int FEATURES = 20;
    private static final int RUNS = 3;

    private DriftBenchmark() {
    }

    public static void main(String[] args) {
        var profiles = new ArrayList<ReferenceProfile>();
        var current = new HashMap<String, double[]>();
        long start = System.nanoTime();
        for (int f = 0; f < FEATURES; f++) {
            profiles.add(ReferenceProfile.numeric("f" + f, Columns.normal(ROWS, 0, f), ProfileSettings.defaults()));
            current.put("f" + f, Columns.normal(ROWS, f < 4 ? 0.5 : 0, 1_000 + f));
        }
        System.out.printf(Locale.ROOT, "data + profiles: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        var engine = new DriftEngine();
        var columns = CurrentColumns.numeric(current);
        DriftReport report = engine.compare(profiles, columns);
        for (int run = 1; run <= RUNS; run++) {
            report = timed(run, engine, profiles, columns);
        }
        System.out.printf(Locale.ROOT, "drifted share %.2f, dataset drift %s, cores %d%n", report.driftedShare(),
                report.datasetDrift(), Runtime.getRuntime().availableProcessors());
    }

    private static DriftReport timed(int run, DriftEngine engine, List<ReferenceProfile> profiles,
            CurrentColumns columns) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        DriftReport report = engine.compare(profiles, columns);
        System.out.printf(Locale.ROOT, "run %d: wall %.0f ms, process CPU %.0f ms%n", run,
                (System.nanoTime() - wall) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
        return report;
    }
}
