package dev.clvops.deploy.cli;

import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GenerationSummary;
import dev.clvops.platform.demo.GeneratorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = {"Writes synthetic orders with known ground truth.",
        "The history covers the M whole months before the current month."})
final class GenerateCommand implements Callable<Integer> {

    private final Supplier<DemoDataGenerator> generator;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "50000",
            description = "Customers to generate (default: ${DEFAULT-VALUE}).")
    private int customers;

    @Option(names = "--months", paramLabel = "M", defaultValue = "24",
            description = "Months of order history (default: ${DEFAULT-VALUE}).")
    private int months;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--dirty", paramLabel = "FRACTION", defaultValue = "0",
            description = "Share of rows (0 to 0.5) replaced by realistic bad rows (default: ${DEFAULT-VALUE}).")
    private double dirty;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The orders CSV to write; the ground truth goes next to it.")
    private Path out;

    @Option(names = "--json", description = "Print the summary as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    GenerateCommand(Supplier<DemoDataGenerator> generator, Clock clock) {
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        GeneratorSettings settings = settings();
        createParentDirectory();
        GenerationSummary summary = generator.get().generate(settings, out, Output.progress(spec));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ordersFile", summary.ordersFile().toString());
        document.put("truthFile", summary.truthFile().toString());
        document.put("customers", summary.customers());
        document.put("orderRows", summary.orderRows());
        document.put("dirtyRows", summary.dirtyRows());
        document.put("start", settings.start());
        document.put("months", settings.months());
        document.put("seed", settings.seed());
        Output.print(spec, json, document, String.format("Wrote %,d order rows (%,d dirty) for %,d customers from %s"
                        + " to %s; ground truth in %s", summary.orderRows(), summary.dirtyRows(), summary.customers(),
                settings.start(), summary.ordersFile(), summary.truthFile()));
        return ClvopsCli.OK;
    }

    private void createParentDirectory() {
        Path parent = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot create the directory " + parent + ": " + e, e);
        }
    }

    /** The settings; the history starts on the first day of the month {@code months} before the current one. */
    GeneratorSettings settings() {
        LocalDate start = LocalDate.now(clock).withDayOfMonth(1).minusMonths(months);
        try {
            return new GeneratorSettings(customers, months, seed, dirty, start);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
