package dev.clvops.deploy.cli;

import dev.clvops.deploy.progress.ThrottledProgress;
import dev.clvops.platform.job.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a command's result on stdout (the JSON document with {@code --json}, else a summary); progress on stderr. */
final class Output {

    private Output() {
    }

    static void print(CommandSpec spec, boolean json, Object document, String human) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(document) : human);
        out.flush();
    }

    /** A listener printing at most one progress line per second on stderr. */
    static ProgressListener progress(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        return new ThrottledProgress(line -> {
            err.println(line);
            err.flush();
        }, Duration.ofSeconds(1));
    }
}
