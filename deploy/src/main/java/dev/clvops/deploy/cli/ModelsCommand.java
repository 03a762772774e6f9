package dev.clvops.deploy.cli;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.training.pipeline.TrainingSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "models", description = "Lists the registered model versions: aliases, metrics and lineage.")
final class ModelsCommand implements Callable<Integer> {

    /** Families registered as CLV models; gammagamma is the spend part of bgnbd and paretonbd. */
    static final List<String> FAMILIES = TrainingSettings.ALL_FAMILIES.stream()
            .filter(family -> !family.equals("gammagamma")).toList();

    private final Supplier<ModelRegistry> registry;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the versions as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    ModelsCommand(Supplier<ModelRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        ModelRegistry models = registry.get();
        Map<String, Object> byFamily = new LinkedHashMap<>();
        StringBuilder human = new StringBuilder();
        for (String family : FAMILIES) {
            List<ModelVersion> versions = models.listVersions(family);
            byFamily.put(family, versions.stream().map(ModelsCommand::version).toList());
            versions.forEach(v -> human.append(line(v)));
        }
        List<Map<String, Object>> pending = models.pendingRegistrations().stream().map(ModelsCommand::version).toList();
        pending.forEach(p -> human.append(String.format("pending  %s (queued: %s)%n", p.get("model"), p.get("message"))));
        Output.print(spec, json, Map.of("models", byFamily, "pending", pending),
                human.isEmpty() ? "No registered models yet: run 'clvops train'" : human.toString().stripTrailing());
        return ClvopsCli.OK;
    }

    private static Map<String, Object> version(ModelVersion v) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("model", v.registeredModelName());
        document.put("version", v.version());
        document.put("aliases", v.aliases().stream().sorted().toList());
        document.put("status", v.status().name());
        document.put("message", v.statusMessage());
        document.put("metrics", v.metrics());
        document.put("lineage", lineage(v));
        document.put("createdAt", v.createdAt());
        return document;
    }

    private static Map<String, Object> lineage(ModelVersion v) {
        Map<String, Object> lineage = new LinkedHashMap<>();
        lineage.put("runId", v.runId() == null ? null : v.runId().value());
        lineage.put("snapshotId", v.params().get("snapshot_id"));
        lineage.put("cutoff", v.params().get("cutoff"));
        lineage.put("horizonDays", v.params().get("horizon_days"));
        return lineage;
    }

    private static String line(ModelVersion v) {
        return String.format(Locale.ROOT, "%-16s v%-3d %-20s gini=%s rmse=%s  run %s, snapshot %s, cutoff %s%n",
                v.registeredModelName(), v.version(), v.aliases().isEmpty() ? "-" : String.join(",", v.aliases()),
                metric(v, "normalized_gini"), metric(v, "rmse"), v.runId(), v.params().get("snapshot_id"),
                v.params().get("cutoff"));
    }

    private static String metric(ModelVersion v, String name) {
        Double value = v.metrics().get(name);
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
