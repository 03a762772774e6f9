package dev.clvops.deploy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One CLI run in a test: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Services services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ClvopsCli.run(args, services, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Stdout parsed as exactly one JSON document (fails on trailing text). */
    JsonNode json() {
        return JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build().readTree(out);
    }
}
