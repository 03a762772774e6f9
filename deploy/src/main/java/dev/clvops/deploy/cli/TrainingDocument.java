package dev.clvops.deploy.cli;

import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.training.arena.DataHealthReport;
import dev.clvops.training.pipeline.FamilyReport;
import dev.clvops.training.pipeline.Documents;
import dev.clvops.training.pipeline.TrainingReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A {@link TrainingReport} as the {@code train} command prints it: one JSON document or a summary. */
final class TrainingDocument {

    private TrainingDocument() {
    }

    static Map<String, Object> of(TrainingReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("runId", report.runId());
        document.put("status", report.status());
        document.put("snapshot", Map.of("id", report.snapshot().id().value(), "cutoff", report.snapshot().cutoff(),
                "horizonDays", report.snapshot().horizonDays(), "customers", report.snapshot().rowCount()));
        document.put("gate", gate(report.gate()));
        Map<String, Object> families = new LinkedHashMap<>();
        report.families().forEach((name, family) -> families.put(name, family(family)));
        document.put("families", families);
        document.put("primaryMetric", report.primaryMetric());
        document.put("champion", report.champion());
        document.put("promotion", report.decisions().stream().map(Documents::decision).toList());
        document.put("registry", Map.of("status", report.registryStatus()));
        return document;
    }

    static String human(TrainingReport report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Training run %d (%s) on snapshot %s: cutoff %s, %d-day holdout, %,d customers%n", report.runId(),
                report.status(), report.snapshot().id(), report.snapshot().cutoff(),
                report.snapshot().horizonDays(), report.snapshot().rowCount()));
        report.families().values().forEach(family -> text.append(familyLine(family, report.primaryMetric())));
        text.append(String.format("Arena champion (%s): %s%n", report.primaryMetric(),
                report.champion() == null ? "none" : report.champion()));
        report.decisions().forEach(d -> text.append(String.format(Locale.ROOT, "  clvops-%s v%d %s: %s%n", d.family(),
                d.candidateVersion(), d.promoted() ? "promoted to champion" : "stays challenger", d.reason())));
        text.append("Registry: ").append(report.registryStatus());
        return text.toString();
    }

    private static String familyLine(FamilyReport family, String metric) {
        String params = family.params().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s=%.4g", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" "));
        String metrics = family.metrics().isEmpty() ? "" : String.format(Locale.ROOT,
                "%n      %s=%.4f rmse=%.2f mae=%.2f decile_mape=%.3f", metric, family.metrics().get(metric),
                family.metrics().get("rmse"), family.metrics().get("mae"), family.metrics().get("decile_mape"));
        String version = family.version() == null ? "" : " -> " + version(family.version());
        return String.format("  %-10s %s%s%n      %s%s%n", family.family(), family.status(), version,
                params.isEmpty() ? family.note() : params, metrics);
    }

    private static String version(ModelVersion version) {
        return version.registeredModelName() + (version.version() > 0 ? " v" + version.version() : "")
                + " (" + version.status() + ")";
    }

    private static Map<String, Object> family(FamilyReport family) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("status", family.status());
        document.put("note", family.note());
        document.put("params", family.params());
        document.put("metrics", family.metrics());
        document.put("fitSeconds", family.fitSeconds());
        if (family.version() != null) {
            document.put("model", family.version().registeredModelName());
            document.put("version", family.version().version());
            document.put("registration", family.version().status().name());
        }
        if (!family.tracking().isEmpty()) {
            document.put("tracking", family.tracking());
        }
        return document;
    }

    private static Map<String, Object> gate(DataHealthReport gate) {
        Map<String, Object> recommendations = new LinkedHashMap<>();
        gate.families().forEach(f -> recommendations.put(f.family(),
                Map.of("recommended", f.recommended(), "reason", f.reason())));
        return Map.of("findings", gate.findings(), "recommendations", recommendations);
    }
}
