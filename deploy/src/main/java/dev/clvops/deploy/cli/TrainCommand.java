package dev.clvops.deploy.cli;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.training.pipeline.TrainingReport;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "train", description = {"Fits the CLV model families, scores them on a time holdout, registers them "
        + "and lets the promotion gate pick champions.",
        "Without options the holdout is the last 180 days of orders (cutoff = latest order date - horizon)."})
final class TrainCommand implements Callable<Integer> {

    private final Supplier<TrainingService> training;

    @Spec
    private CommandSpec spec;

    @Option(names = "--cutoff", paramLabel = "DATE", description = "The holdout's cutoff, e.g. 2026-01-31.")
    private LocalDate cutoff;

    @Option(names = "--horizon", paramLabel = "HORIZON", converter = HorizonConverter.class,
            description = "The holdout window: 180d, 26w or a number of days (default: clvops.training.horizon-days).")
    private Integer horizonDays;

    @Option(names = "--snapshot", paramLabel = "ID", description = "Train on this feature snapshot (with targets).")
    private Long snapshot;

    @Option(names = "--families", paramLabel = "LIST", split = ",",
            description = "Families to fit: bgnbd,paretonbd,gammagamma,xgboost,baseline (default: all).")
    private List<String> families = List.of();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: clvops.training.seed).")
    private Long seed;

    @Option(names = "--json", description = "Print the report as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    TrainCommand(Supplier<TrainingService> training) {
        this.training = training;
    }

    @Override
    public Integer call() {
        TrainingRequest request = request();
        TrainingReport report = training.get().train(request, Output.progress(spec));
        Output.print(spec, json, TrainingDocument.of(report), TrainingDocument.human(report));
        return ClvopsCli.OK;
    }

    private TrainingRequest request() {
        if (snapshot != null && (cutoff != null || horizonDays != null)) {
            throw new ParameterException(spec.commandLine(), "--snapshot cannot be combined with --cutoff/--horizon");
        }
        try {
            TrainingRequest base = snapshot != null ? TrainingRequest.onSnapshot(new SnapshotId(snapshot))
                    : TrainingRequest.at(cutoff, horizonDays);
            return base.withFamilies(families.stream().map(String::strip).toList()).withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
