package dev.clvops.deploy.cli;

import dev.clvops.monitoring.retrain.RetrainDecision;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retrain", description = {"Asks the retrain policy: retrains when drift was found since the last "
        + "training, enough new orders arrived, the cooldown passed and the weekly cap allows; never two at once.",
        "The decision is stored (retrain_decisions) either way."})
final class RetrainCommand implements Callable<Integer> {

    private final Supplier<RetrainPolicy> policy;

    @Spec
    private CommandSpec spec;

    @Option(names = "--force", description = "Retrain without a drift trigger (the other guards still apply).")
    private boolean force;

    @Option(names = "--json", description = "Print the decision as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    RetrainCommand(Supplier<RetrainPolicy> policy) {
        this.policy = policy;
    }

    @Override
    public Integer call() {
        RetrainDecision decision = policy.get().decide(force);
        String human = (decision.retrain() ? "Retrained (" + decision.outcome() + ")" : "Skipped") + ": "
                + decision.reason() + System.lineSeparator() + "Decision " + decision.decisionId() + ": "
                + decision.facts().newOrders() + " new orders, " + decision.facts().retrainsLastWeek()
                + " retrains in 7 days, last training " + decision.facts().lastTrainingAt();
        Output.print(spec, json, decision, human);
        return ClvopsCli.OK;
    }
}
