package dev.clvops.deploy.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clvops", description = {"clvops: an open-source MLOps platform for customer lifetime value.",
        "Without a command, starts the platform (serve)."},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 unusable input or bad arguments.",
                "With --json, stdout carries exactly one JSON document; logs and progress go to stderr."})
final class ClvopsCommand implements Callable<Integer> {

    private final ServeCommand serve;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    ClvopsCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() throws InterruptedException {
        return serve.call();
    }
}
