package dev.clvops.ui.health;

import dev.clvops.platform.drift.DriftHistory;
import dev.clvops.platform.drift.DriftReportSummary;
import dev.clvops.platform.health.ComponentHealth;
import dev.clvops.platform.health.HealthChecks;
import dev.clvops.platform.health.SystemHealthSource;
import dev.clvops.platform.health.SystemSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Takes the system snapshot, runs the health checks and reads the drift status, and words them for people. */
class HealthPresenter {

    /** Plain names of the health checks the platform registers; others keep their own name. */
    private static final Map<String, String> CHECK_NAMES = Map.of("db", "Database", "diskSpace", "Disk space",
            "registry", "Model registry (MLflow or embedded)", "champion", "Champion model",
            "featureFreshness", "Feature store freshness", "pipeline", "Scheduler and pipeline readiness",
            "ping", "Application", "livenessState", "Liveness", "readinessState", "Readiness");

    private final SystemHealthSource system;
    private final HealthChecks checks;
    private final DriftHistory drift;

    HealthPresenter(SystemHealthSource system, HealthChecks checks, DriftHistory drift) {
        this.system = system;
        this.checks = checks;
        this.drift = drift;
    }

    SystemSnapshot snapshot() {
        return system.snapshot();
    }

    List<ComponentHealth> checks() {
        return checks.check();
    }

    Optional<DriftReportSummary> drift() {
        return drift.latest();
    }

    static String checkName(String name) {
        return CHECK_NAMES.getOrDefault(name, name);
    }

    /** A check's details as "key: value" pairs, e.g. "database: PostgreSQL, validationQuery: isValid()". */
    static String details(ComponentHealth check) {
        return check.details().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Bytes in binary units with one decimal, e.g. "1.5 GiB"; "unknown" when negative. */
    static String bytes(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** A load in [0, 1] as a percentage; "measuring" while the JVM has no value yet. */
    static String load(double share) {
        return share < 0 ? "measuring" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A duration as e.g. "3d 4h", "2h 5m", "4m 10s" or "12s". */
    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 86_400) {
            return seconds / 86_400 + "d " + seconds % 86_400 / 3600 + "h";
        }
        if (seconds >= 3600) {
            return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
        }
        return seconds >= 60 ? seconds / 60 + "m " + seconds % 60 + "s" : seconds + "s";
    }

    /** The drift status in one line, e.g. "bgnbd v2 checked 2026-11-20 14:05: drift flagged (data, prediction)". */
    static String driftStatus(DriftReportSummary report) {
        List<String> kinds = new ArrayList<>();
        if (report.datasetDrift()) {
            kinds.add("data");
        }
        if (report.predictionAlert()) {
            kinds.add("prediction");
        }
        if (report.performanceAlert()) {
            kinds.add("performance");
        }
        if (report.parameterAlert()) {
            kinds.add("parameters");
        }
        return report.family() + " v" + report.modelVersion() + " checked " + report.createdAt().toString()
                .substring(0, 16).replace('T', ' ') + ": " + (kinds.isEmpty() ? "no drift"
                : "drift flagged (" + String.join(", ", kinds) + ")");
    }
}
