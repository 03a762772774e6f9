package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.deploy.api.ApiClient;
import dev.clvops.deploy.api.ApiIntegrationTest;
import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.Role;
import dev.clvops.deploy.security.UserAccounts;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The {@code user} and {@code token} commands against the real accounts of a running server. */
class UserAndTokenCommandsIT extends ApiIntegrationTest {

    private Services services(String stdin) {
        return new InTestPorts() {
            @Override
            public UserAccounts users() {
                return users;
            }

            @Override
            public ApiTokens tokens() {
                return tokens;
            }

            @Override
            public BufferedReader stdin() {
                return new BufferedReader(new StringReader(stdin));
            }
        };
    }

    @Test
    void userAddPrintsARandomPasswordOnceThatWorksForBasicAuth() {
        CliRun run = CliRun.of(services(""), "user", "add", "cli-ops", "--role", "ops", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String password = run.json().get("password").asText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ApiClient.basic(port, "cli-ops", password).get("/api/v1/jobs").status()).isEqualTo(200);
    }

    @Test
    void userAddAndPasswdTakeThePasswordFromStdin() {
        CliRun added = CliRun.of(services("first-password-123\n"), "user", "add", "cli-analyst", "--role",
                "ANALYST", "--password-stdin");
        CliRun changed = CliRun.of(services("second-password-456\n"), "user", "passwd", "cli-analyst",
                "--password-stdin");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).doesNotContain("first-password-123");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(ApiClient.basic(port, "cli-analyst", "second-password-456").get("/api/v1/segments").status())
                .isEqualTo(200);
        assertThat(ApiClient.basic(port, "cli-analyst", "first-password-123").get("/api/v1/segments").status())
                .isEqualTo(401);
    }

    @Test
    void userListShowsRolesAndUnknownRoleIsUnusableInput() {
        CliRun list = CliRun.of(services(""), "user", "list", "--json");
        CliRun badRole = CliRun.of(services(""), "user", "add", "someone", "--role", "janitor");

        assertThat(list.exitCode()).isZero();
        assertThat(list.json().get("users").toString()).contains("\"username\":\"admin\"").contains("\"ADMIN\"");
        assertThat(badRole.exitCode()).isEqualTo(ClvopsCli.UNUSABLE);
        assertThat(badRole.err()).contains("unknown role 'janitor'");
    }

    @Test
    void tokenCreatePrintsATokenOnceThatAuthenticates() {
        if (!users.exists("cli-leader")) {
            users.add("cli-leader", Role.LEADERSHIP, null);
        }
        CliRun run = CliRun.of(services(""), "token", "create", "--user", "cli-leader", "--role", "leadership");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String token = run.out().strip();
        assertThat(token).startsWith("clvops_").hasSize("clvops_".length() + 43);
        ApiClient.Response kpis = ApiClient.bearer(port, token).get("/api/v1/kpis");
        assertThat(kpis.status()).as(kpis.body()).isEqualTo(200);
        assertThat(ApiClient.bearer(port, token).get("/api/v1/jobs").status()).isEqualTo(403);
        assertThat(ApiClient.bearer(port, token + "x").get("/api/v1/kpis").status()).isEqualTo(401);
    }

    @Test
    void tokenForAnUnknownUserFails() {
        CliRun run = CliRun.of(services(""), "token", "create", "--user", "ghost", "--role", "ops", "--json");

        assertThat(run.exitCode()).isEqualTo(ClvopsCli.FAILED);
        assertThat(run.json().at("/error/message").asText()).isEqualTo("no user 'ghost'");
    }
}
