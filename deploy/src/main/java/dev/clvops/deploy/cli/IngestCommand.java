package dev.clvops.deploy.cli;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = "Loads an order file; bad rows go to quarantine with their reason.")
final class IngestCommand implements Callable<Integer> {

    private final Supplier<OrderIngestion> ingestion;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file to ingest.")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = FormatConverter.class,
            description = "auto (default), orders, online-retail or cdnow.")
    private IngestFormat format;

    @Option(names = "--json", description = "Print the summary as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    IngestCommand(Supplier<OrderIngestion> ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
        IngestSummary summary = ingestion.get().ingest(new IngestRequest(file, format), Output.progress(spec));
        Output.print(spec, json, document(summary), human(summary));
        return ClvopsCli.OK;
    }

    static Map<String, Object> document(IngestSummary summary) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("runId", summary.runId());
        document.put("file", summary.file());
        document.put("format", summary.format().cliName());
        document.put("rowsRead", summary.rowsRead());
        document.put("loaded", summary.loaded());
        document.put("duplicates", summary.duplicates());
        document.put("quarantined", summary.quarantined());
        document.put("customers", summary.customers());
        document.put("reasons", summary.reasons());
        document.put("repeat", summary.repeat());
        return document;
    }

    private static String human(IngestSummary summary) {
        String text = String.format("Ingested %s as %s (run %d%s): %,d rows read, %,d loaded, %,d duplicates, "
                        + "%,d quarantined, %,d customers", summary.file(), summary.format().cliName(), summary.runId(),
                summary.repeat() ? ", repeat of an earlier file" : "", summary.rowsRead(), summary.loaded(),
                summary.duplicates(), summary.quarantined(), summary.customers());
        StringBuilder reasons = new StringBuilder(text);
        summary.reasons().forEach((reason, count) -> reasons.append(String.format("%n  %,8d  %s", count, reason)));
        return reasons.toString();
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<IngestFormat> {
        @Override
        public IngestFormat convert(String value) {
            return IngestFormat.fromCliName(value);
        }
    }
}
