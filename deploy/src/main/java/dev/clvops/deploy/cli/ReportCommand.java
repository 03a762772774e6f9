package dev.clvops.deploy.cli;

import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.reports.content.ReportKind;
import dev.clvops.reports.store.ReportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Generates reports of the latest customer analytics as PDF and Markdown.")
final class ReportCommand implements Callable<Integer> {

    private final Supplier<ReportService> reports;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "REPORT", arity = "0..1", defaultValue = "all",
            description = "executive, clv, segments, personas, overview or all (default).")
    private String report;

    @Option(names = "--out", paramLabel = "DIR", description = "Also copy the files into DIR.")
    private Path out;

    @Option(names = "--json", description = "Print the report run as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    ReportCommand(Supplier<ReportService> reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() {
        Set<ReportKind> kinds = kinds();
        ReportService service = reports.get();
        ReportRun run = service.generate(kinds);
        List<Map<String, Object>> files = new ArrayList<>();
        StringBuilder human = new StringBuilder(String.format("Report run %d (analytics run %s, snapshot %d, model %s,"
                        + " data up to %s): %d files", run.reportRunId(), run.analyticsRunId(), run.snapshotId(),
                run.modelVersion(), run.dataUpTo(), run.reports().size()));
        for (StoredReport r : run.reports()) {
            Path file = copy(service.download(r.reportId()));
            files.add(file(r, file));
            human.append(String.format("%n  %-16s %,9d bytes  %s", r.fileName(), r.sizeBytes(), file));
        }
        Output.print(spec, json, document(run, files), human.toString());
        return ClvopsCli.OK;
    }

    private Set<ReportKind> kinds() {
        if (report.equalsIgnoreCase("all")) {
            return EnumSet.allOf(ReportKind.class);
        }
        try {
            return EnumSet.of(ReportKind.fromCliName(report));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Path copy(Path file) {
        if (out == null) {
            return file;
        }
        try {
            Files.createDirectories(out);
            return Files.copy(file, out.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " to " + out, e);
        }
    }

    private static Map<String, Object> document(ReportRun run, List<Map<String, Object>> files) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("reportRunId", run.reportRunId());
        document.put("analyticsRunId", run.analyticsRunId());
        document.put("snapshotId", run.snapshotId());
        document.put("modelVersion", run.modelVersion());
        document.put("dataUpTo", run.dataUpTo());
        document.put("generatedAt", run.generatedAt());
        document.put("files", files);
        return document;
    }

    private static Map<String, Object> file(StoredReport r, Path path) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("reportId", r.reportId());
        file.put("kind", r.kind());
        file.put("format", r.format());
        file.put("title", r.title());
        file.put("path", path.toString());
        file.put("sizeBytes", r.sizeBytes());
        file.put("sha256", r.sha256());
        return file;
    }
}
