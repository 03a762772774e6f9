package dev.clvops.deploy.cli;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.training.pipeline.Documents;
import dev.clvops.training.pipeline.TrainingSettings;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "promote", description = "Makes a registered version its family's champion by hand; the decision "
        + "is recorded as manual.")
final class PromoteCommand implements Callable<Integer> {

    private final Supplier<ModelRegistry> registry;
    private final Supplier<TrainingSettings> settings;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FAMILY", description = "The family, e.g. bgnbd.")
    private String family;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The version number to promote.")
    private int version;

    @Option(names = "--json", description = "Print the decision as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    PromoteCommand(Supplier<ModelRegistry> registry, Supplier<TrainingSettings> settings, Clock clock) {
        this.registry = registry;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        ModelRegistry models = registry.get();
        ModelVersion candidate = models.findVersion(family, version)
                .filter(v -> v.status() == RegistrationStatus.READY)
                .orElseThrow(() -> new UnusableInputException("no registered version " + version + " of "
                        + ModelRegistry.registeredModelName(family) + " (see 'clvops models')"));
        Optional<ModelVersion> champion = models.findByAlias(family, ModelRegistry.CHAMPION);
        String metric = TrainingSettings.metricName(settings.get().primaryMetric());
        models.setAlias(family, ModelRegistry.CHAMPION, version);
        if (candidate.hasAlias(ModelRegistry.CHALLENGER)) {
            models.deleteAlias(family, ModelRegistry.CHALLENGER);
        }
        PromotionDecision decision = new PromotionDecision(family, version,
                champion.map(ModelVersion::version).orElse(null), metric,
                candidate.metrics().getOrDefault(metric, Double.NaN),
                champion.map(c -> c.metrics().get(metric)).orElse(null), 0, true,
                "manual promotion" + champion.map(c -> ", replacing v" + c.version()).orElse(""), clock.instant());
        models.recordDecision(decision);
        Output.print(spec, json, Documents.decision(decision), String.format("%s v%d is now champion (%s)",
                candidate.registeredModelName(), version, decision.reason()));
        return ClvopsCli.OK;
    }
}
