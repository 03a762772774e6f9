package dev.clvops.deploy.cli;

import dev.clvops.training.scoring.ScoringReport;
import dev.clvops.training.scoring.ScoringService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", description = {"Scores every customer of the latest as-of-now snapshot with the champion "
        + "model (building the snapshot when the stored orders have none).",
        "The champion is the configured family's, or the one with the best primary metric across families."})
final class ScoreCommand implements Callable<Integer> {

    private final Supplier<ScoringService> scoring;

    @Spec
    private CommandSpec spec;

    @Option(names = "--family", paramLabel = "FAMILY",
            description = "Score with this family's champion (bgnbd, paretonbd, baseline, xgboost).")
    private String family;

    @Option(names = "--json", description = "Print the scoring report as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    ScoreCommand(Supplier<ScoringService> scoring) {
        this.scoring = scoring;
    }

    @Override
    public Integer call() {
        ScoringReport report = scoring.get().score(family, Output.progress(spec));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scoringRunId", report.scoringRunId());
        document.put("snapshotId", report.snapshot().value());
        document.put("cutoff", report.cutoff());
        document.put("family", report.family());
        document.put("modelVersion", report.modelVersion());
        document.put("horizonDays", report.horizonDays());
        document.put("rows", report.rows());
        document.put("durationSeconds", report.duration().toMillis() / 1000.0);
        Output.print(spec, json, document, String.format(Locale.ROOT,
                "Scoring run %d: %,d customers of snapshot %s (cutoff %s) with %s v%d over %d days in %.1f s",
                report.scoringRunId(), report.rows(), report.snapshot(), report.cutoff(), report.family(),
                report.modelVersion(), report.horizonDays(), report.duration().toMillis() / 1000.0));
        return ClvopsCli.OK;
    }
}
