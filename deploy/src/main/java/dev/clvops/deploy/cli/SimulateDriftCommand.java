package dev.clvops.deploy.cli;

import dev.clvops.monitoring.simulate.DriftKind;
import dev.clvops.monitoring.simulate.DriftSimulator;
import dev.clvops.monitoring.simulate.SimulationSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "simulate-drift", description = {"Writes an orders file that copies the last 31 days of stored "
        + "orders 31 days forward, drifted in a known way (magnitude 0: no drift).",
        "price-shift: order values x (1 + X); moves spend_30d, and diluted by the older orders spend_90d, "
        + "monetary_value, avg_order_value, total_spend, first_order_value and the predicted CLV.",
        "churn-wave: drops a share X (0..1) of existing customers' orders; moves orders_30d, spend_30d, "
        + "days_since_last, and diluted orders_90d, spend_90d, recency, frequency, total_spend.",
        "new-channel: adds X times the template's customers as new customers from a never-seen channel; moves channel."})
final class SimulateDriftCommand implements Callable<Integer> {

    private final Supplier<DriftSimulator> simulator;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "price-shift, churn-wave or new-channel.")
    private String kind;

    @Option(names = "--magnitude", required = true, paramLabel = "X", description = "The drift's size (see above).")
    private double magnitude;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The orders file to write.")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42).")
    private long seed = 42;

    @Option(names = "--json", description = "Print the summary as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    SimulateDriftCommand(Supplier<DriftSimulator> simulator) {
        this.simulator = simulator;
    }

    @Override
    public Integer call() {
        DriftKind parsed;
        try {
            parsed = DriftKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        SimulationSummary summary = simulator.get().simulate(parsed, magnitude, out, seed);
        Output.print(spec, json, summary, "Wrote " + summary.orders() + " " + parsed.cliName() + " orders ("
                + summary.from() + " to " + summary.to() + ", template " + summary.templateOrders() + " orders) to "
                + summary.file());
        return ClvopsCli.OK;
    }
}
