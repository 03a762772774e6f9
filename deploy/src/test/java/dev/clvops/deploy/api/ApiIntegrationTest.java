package dev.clvops.deploy.api;

import dev.clvops.ClvopsApplication;
import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.Role;
import dev.clvops.deploy.security.UserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One server on a random port over a fresh CLVOPS_HOME and embedded PostgreSQL, shared by the API ITs, loaded once
 * with a small generated data set through the API itself ({@link ApiDataFixture}). One token per role.
 */
@org.springframework.context.annotation.Import(ApiDataFixture.class)
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "clvops.api.predict.alias-check-interval=0s"})
public abstract class ApiIntegrationTest {

    protected static final Path HOME = temporaryHome();
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserAccounts users;

    @Autowired
    protected ApiTokens tokens;

    @Autowired
    protected ApiDataFixture fixture;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("clvops.deploy.home", HOME::toString);
    }

    @BeforeEach
    void loadData() {
        synchronized (TOKENS) {
            if (TOKENS.isEmpty()) {
                for (Role role : Role.values()) {
                    String user = "it-" + role.name().toLowerCase(java.util.Locale.ROOT);
                    users.add(user, role, null);
                    TOKENS.put(role, tokens.create(user, role).token());
                }
            }
        }
        fixture.loadOnce(this::as);
    }

    protected ApiClient as(Role role) {
        return ApiClient.bearer(port, TOKENS.get(role));
    }

    protected ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory(Path.of("target"), "api-it-home").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
