package dev.clvops.deploy.cli;

import dev.clvops.platform.UnusableInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Runs one {@code clvops} command line and returns its exit code (0 success, 1 failure, 2 unusable input). */
public final class ClvopsCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int UNUSABLE = 2;

    private ClvopsCli() {
    }

    /** Runs {@code args} against the real platform, printing on the process's stdout and stderr. */
    public static int run(String... args) {
        quietConsoleUnlessServing(args);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (SpringServices services = new SpringServices()) {
            return run(args, services, out, err);
        }
    }

    static int run(String[] args, Services services, PrintWriter out, PrintWriter err) {
        boolean json = Arrays.asList(args).contains("--json");
        CommandLine cli = commandLine(services).setOut(out).setErr(err);
        cli.setExecutionStrategy(result -> helpRequested(result)
                .map(helped -> printHelp(helped, json, out))
                .orElseGet(() -> new CommandLine.RunLast().execute(result)));
        cli.setParameterExceptionHandler((e, arguments) -> fail(e, UNUSABLE, json, out, err));
        cli.setExecutionExceptionHandler((e, command, result) -> fail(e, exitCode(e), json, out, err));
        return cli.execute(args);
    }

    static CommandLine commandLine(Services services) {
        CommandLine cli = new CommandLine(new ClvopsCommand(new ServeCommand()));
        cli.addSubcommand(new ServeCommand());
        cli.addSubcommand(new IngestCommand(services::ingestion));
        cli.addSubcommand(new QuarantineCommand(services::ingestion));
        cli.addSubcommand(new GenerateCommand(services::generator, Clock.systemDefaultZone()));
        cli.addSubcommand(new FeaturesCommand(services::featureStore));
        cli.addSubcommand(new TrainCommand(services::training));
        cli.addSubcommand(new ModelsCommand(services::registry));
        cli.addSubcommand(new PromoteCommand(services::registry, services::trainingSettings, Clock.systemUTC()));
        cli.addSubcommand(new ScoreCommand(services::scoring));
        cli.addSubcommand(UserCommand.commandLine(services));
        cli.addSubcommand(new CommandLine(new TokenCommand()).addSubcommand(new TokenCommand.Create(services::tokens)));
        cli.addSubcommand(new ReportCommand(services::reports));
        cli.addSubcommand(new MonitorCommand(services::driftMonitor));
        cli.addSubcommand(new RetrainCommand(services::retrainPolicy));
        cli.addSubcommand(new SimulateDriftCommand(services::driftSimulator));
        return cli;
    }

    private static Optional<CommandLine> helpRequested(ParseResult result) {
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested()) {
                return Optional.of(level.commandSpec().commandLine());
            }
        }
        return Optional.empty();
    }

    private static int printHelp(CommandLine command, boolean json, PrintWriter out) {
        String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
        out.print(json ? Json.write(java.util.Map.of("help", usage)) + System.lineSeparator() : usage);
        out.flush();
        return OK;
    }

    private static int fail(Exception e, int exitCode, boolean json, PrintWriter out, PrintWriter err) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("clvops: " + message);
        if (e instanceof ParameterException parameterError) {
            err.println("Try 'clvops " + commandPath(parameterError.getCommandLine()) + "--help' for usage.");
        } else if (exitCode == FAILED) {
            LoggerFactory.getLogger(ClvopsCli.class).error("Command failed", e);
        }
        err.flush();
        if (json) {
            out.println(Json.error(exitCode, message));
            out.flush();
        }
        return exitCode;
    }

    private static int exitCode(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnusableInputException) {
                return UNUSABLE;
            }
        }
        return FAILED;
    }

    private static String commandPath(CommandLine command) {
        return command.getParent() == null ? "" : command.getCommandName() + " ";
    }

    /** CLI commands print only warnings on stderr (the log file keeps everything); serve logs INFO. */
    private static void quietConsoleUnlessServing(String[] args) {
        boolean serving = args.length == 0 || "serve".equals(args[0]);
        if (!serving && System.getenv("CLVOPS_CONSOLE_LEVEL") == null
                && System.getProperty("CLVOPS_CONSOLE_LEVEL") == null) {
            System.setProperty("CLVOPS_CONSOLE_LEVEL", "WARN");
        }
    }
}
