package dev.clvops.deploy.cli;

import dev.clvops.deploy.security.Role;
import dev.clvops.deploy.security.UserAccounts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "Manages the users of the web UI and the API.",
        subcommands = CommandLine.HelpCommand.class)
final class UserCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    static CommandLine commandLine(Services services) {
        return new CommandLine(new UserCommand())
                .addSubcommand(new Add(services::users, services::stdin))
                .addSubcommand(new Passwd(services::users, services::stdin))
                .addSubcommand(new ListUsers(services::users));
    }

    /** Reads one password line from stdin, or null when {@code --password-stdin} is not given. */
    static @Nullable String password(CommandSpec spec, boolean fromStdin, Supplier<BufferedReader> stdin) {
        if (!fromStdin) {
            return null;
        }
        try {
            String line = stdin.get().readLine();
            if (line == null || line.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--password-stdin: no password on standard input");
            }
            return line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }

    static Role role(CommandSpec spec, String value) {
        try {
            return Role.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--role: " + e.getMessage());
        }
    }

    static Map<String, Object> document(UserAccounts.Password password) {
        return password.generated() ? Map.of("username", password.username(), "password", password.password())
                : Map.of("username", password.username());
    }

    static String human(String done, UserAccounts.Password password) {
        return done + (password.generated() ? "; password (shown once): " + password.password() : "");
    }

    @Command(name = "add", description = "Adds a user with a role; prints a random password once unless"
            + " --password-stdin gives one.")
    static final class Add implements Callable<Integer> {
        private final Supplier<UserAccounts> users;
        private final Supplier<BufferedReader> stdin;
        @Spec private CommandSpec spec;
        @Parameters(paramLabel = "USER", description = "The user name.") private String username;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "ADMIN, OPS, ANALYST or LEADERSHIP.") private String role;
        @Option(names = "--password-stdin", description = "Read the password (12+ characters) from stdin.")
        private boolean passwordStdin;
        @Option(names = "--json", description = "Print the result as one JSON document.") private boolean json;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") private boolean help;

        Add(Supplier<UserAccounts> users, Supplier<BufferedReader> stdin) {
            this.users = users;
            this.stdin = stdin;
        }

        @Override
        public Integer call() {
            Role parsed = role(spec, role);
            String password = password(spec, passwordStdin, stdin);
            UserAccounts.Password result = users.get().add(username, parsed, password);
            Output.print(spec, json, document(result), human("Added user " + username + " with role " + parsed, result));
            return ClvopsCli.OK;
        }
    }

    @Command(name = "passwd", description = "Sets a user's password; prints a random one once unless"
            + " --password-stdin gives one.")
    static final class Passwd implements Callable<Integer> {
        private final Supplier<UserAccounts> users;
        private final Supplier<BufferedReader> stdin;
        @Spec private CommandSpec spec;
        @Parameters(paramLabel = "USER", description = "The user name.") private String username;
        @Option(names = "--password-stdin", description = "Read the password (12+ characters) from stdin.")
        private boolean passwordStdin;
        @Option(names = "--json", description = "Print the result as one JSON document.") private boolean json;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") private boolean help;

        Passwd(Supplier<UserAccounts> users, Supplier<BufferedReader> stdin) {
            this.users = users;
            this.stdin = stdin;
        }

        @Override
        public Integer call() {
            String password = password(spec, passwordStdin, stdin);
            UserAccounts.Password result = users.get().changePassword(username, password);
            Output.print(spec, json, document(result), human("Changed the password of " + username, result));
            return ClvopsCli.OK;
        }
    }

    @Command(name = "list", description = "Lists users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        private final Supplier<UserAccounts> users;
        @Spec private CommandSpec spec;
        @Option(names = "--json", description = "Print the users as one JSON document.") private boolean json;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") private boolean help;

        ListUsers(Supplier<UserAccounts> users) {
            this.users = users;
        }

        @Override
        public Integer call() {
            var accounts = users.get().list();
            StringBuilder text = new StringBuilder();
            accounts.forEach(a -> text.append(String.format("%-24s %-28s %s%n", a.username(),
                    String.join(",", a.roles()), a.enabled() ? "enabled" : "disabled")));
            Output.print(spec, json, Map.of("users", accounts), text.toString().stripTrailing());
            return ClvopsCli.OK;
        }
    }
}
