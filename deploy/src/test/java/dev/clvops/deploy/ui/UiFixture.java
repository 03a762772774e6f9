package dev.clvops.deploy.ui;

import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GenerationSummary;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the browser ITs set up alike: a temporary home for their application context, generated orders ingested
 * through the port, and test users named {@code <prefix><name>} with the password {@code <name>-secret}.
 */
final class UiFixture {

    /** One test user per role. */
    static final Map<String, String> ROLES = Map.of("admin", "ADMIN", "analyst", "ANALYST", "ops", "OPS",
            "lead", "LEADERSHIP");

    private UiFixture() {
    }

    static void temporaryHome(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory(Path.of("target"), "ui-home");
        registry.add("clvops.deploy.home", home::toString);
    }

    /** Generates {@code customers} over the last {@code months} whole months and ingests them; returns the folder. */
    static Path ingestedOrders(DemoDataGenerator generator, OrderIngestion ingestion, int customers, int months,
                               long seed) throws IOException {
        Path work = Files.createTempDirectory(Path.of("target"), "ui-data");
        GenerationSummary data = generator.generate(new GeneratorSettings(customers, months, seed, 0.0,
                LocalDate.now().withDayOfMonth(1).minusMonths(months)), work.resolve("orders.csv"),
                ProgressListener.NONE);
        ingestion.ingest(new IngestRequest(data.ordersFile(), IngestFormat.ORDERS), ProgressListener.NONE);
        return work;
    }

    /** Creates the users of {@code roles} (name to role) that do not exist yet. */
    static void createUsers(UserDetailsManager users, String prefix, Map<String, String> roles) {
        roles.forEach((name, role) -> {
            if (!users.userExists(prefix + name)) {
                users.createUser(User.withUsername(prefix + name).password("{noop}" + name + "-secret").roles(role)
                        .build());
            }
        });
    }

    static void login(Browser browser, String prefix, String name) {
        browser.login(prefix + name, name + "-secret");
    }
}
