package dev.clvops.deploy.cli;

import dev.clvops.ClvopsApplication;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {"Starts the platform (the default): web server, database, demo data.",
        "Serves http://localhost:8080 (CLVOPS_PORT). Uses the embedded PostgreSQL unless CLVOPS_DB_URL is set.",
        "Loads demo data on the first start of an empty platform (CLVOPS_DEMO=false turns it off)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** Runs the server until it is shut down (Ctrl-C or SIGTERM). */
    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ClvopsApplication.class)
                .web(WebApplicationType.SERVLET)
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) {
                        closed.countDown();
                    }
                })
                .run();
        if (context.isActive()) {
            closed.await();
        }
        return ClvopsCli.OK;
    }
}
