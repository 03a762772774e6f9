package dev.clvops.deploy.cli;

import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.ingest.QuarantinedRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quarantine", description = "Lists or exports the rows ingestion rejected, with their reasons.")
final class QuarantineCommand implements Callable<Integer> {

    private final Supplier<OrderIngestion> ingestion;

    @Spec
    private CommandSpec spec;

    @Option(names = "--run", paramLabel = "ID", description = "Only rows of this ingest run (default: every run).")
    private Long runId;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the rows as CSV to FILE instead of listing.")
    private Path export;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "List at most N rows (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    QuarantineCommand(Supplier<OrderIngestion> ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        OptionalLong run = runId == null ? OptionalLong.empty() : OptionalLong.of(runId);
        if (export != null) {
            long written = ingestion.get().exportQuarantine(run, export);
            Output.print(spec, json, Map.of("exported", written, "file", export.toString()),
                    String.format("Exported %,d quarantined rows to %s", written, export));
        } else {
            List<QuarantinedRow> rows = ingestion.get().quarantine(run, 0, limit);
            Output.print(spec, json, Map.of("rows", rows), human(rows));
        }
        return ClvopsCli.OK;
    }

    private String human(List<QuarantinedRow> rows) {
        if (rows.isEmpty()) {
            return "No quarantined rows" + (runId == null ? "" : " in run " + runId);
        }
        StringBuilder text = new StringBuilder();
        for (QuarantinedRow row : rows) {
            text.append(String.format("run %d  %s:%d  %s%n    %s%n", row.runId(), row.file(), row.lineNumber(),
                    row.reason(), row.raw()));
        }
        if (rows.size() == limit) {
            text.append(String.format("(first %d rows; --limit N shows more, --export FILE writes all)%n", limit));
        }
        return text.toString().stripTrailing();
    }
}
