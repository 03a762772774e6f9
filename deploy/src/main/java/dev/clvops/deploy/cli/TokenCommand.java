package dev.clvops.deploy.cli;

import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "token", description = "Manages bearer API tokens.")
final class TokenCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Command(name = "create", description = {"Creates an API token for a user and role and prints it once.",
            "Send it as 'Authorization: Bearer TOKEN'; only its SHA-256 is stored."})
    static final class Create implements Callable<Integer> {
        private final Supplier<ApiTokens> tokens;
        @Spec private CommandSpec spec;
        @Option(names = "--user", required = true, paramLabel = "USER", description = "An existing user.")
        private String username;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "The role the token grants: ADMIN, OPS, ANALYST or LEADERSHIP.") private String role;
        @Option(names = "--json", description = "Print the token as one JSON document.") private boolean json;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") private boolean help;

        Create(Supplier<ApiTokens> tokens) {
            this.tokens = tokens;
        }

        @Override
        public Integer call() {
            Role parsed = UserCommand.role(spec, role);
            ApiTokens.NewToken token = tokens.get().create(username, parsed);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("id", token.id());
            document.put("username", token.username());
            document.put("role", token.role().name());
            document.put("token", token.token());
            Output.print(spec, json, document, token.token());
            return ClvopsCli.OK;
        }
    }
}
