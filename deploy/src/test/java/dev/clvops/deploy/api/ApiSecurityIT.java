package dev.clvops.deploy.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.deploy.security.Role;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiSecurityIT extends ApiIntegrationTest {

    static final String SUMMARY = """
            {"total_orders": 4, "total_spent": 240.0, "avg_order_value": 60.0, "days_since_first_purchase": 300,
             "days_since_last_purchase": 20, "num_categories": 2, "acquisition_source": "organic",
             "return_rate": 0.05}""";

    /** One request per endpoint group, a role allowed to make it and one that is not. */
    static Stream<Arguments> groups() {
        return Stream.of(
                Arguments.of("administration", "GET", "/api/v1/users", Role.ADMIN, Role.OPS),
                Arguments.of("operations", "GET", "/api/v1/jobs", Role.OPS, Role.ANALYST),
                Arguments.of("operations", "GET", "/api/v1/models", Role.OPS, Role.LEADERSHIP),
                Arguments.of("operations", "GET", "/actuator/info", Role.OPS, Role.ANALYST),
                Arguments.of("prediction", "POST", "/api/v1/predict", Role.ANALYST, Role.LEADERSHIP),
                Arguments.of("analysis", "GET", "/api/v1/segments", Role.ANALYST, Role.LEADERSHIP),
                Arguments.of("analysis", "GET", "/api/v1/exports/customers.csv", Role.ANALYST, Role.OPS),
                Arguments.of("dashboards", "GET", "/api/v1/kpis", Role.LEADERSHIP, Role.OPS),
                Arguments.of("dashboards", "GET", "/api/v1/budget-allocation?total_budget=1000", Role.LEADERSHIP,
                        Role.OPS),
                Arguments.of("reports", "GET", "/api/v1/reports", Role.LEADERSHIP, Role.ANALYST));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("groups")
    void answers401WithoutCredentials403ForAnotherRoleAnd2xxForTheRightRole(String group, String method,
                                                                         String path, Role allowed, Role denied) {
        ApiClient.Response anonymous = call(anonymous(), method, path);
        ApiClient.Response forbidden = call(as(denied), method, path);
        ApiClient.Response ok = call(as(allowed), method, path);

        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
        assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(403);
        assertThat(ok.status()).as(ok.body()).isBetween(200, 299);
    }

    @Test
    void onlyOpsAndAdminGenerateReportsWhileLeadershipReadsThem() {
        String path = "/api/v1/reports/generate?kinds=bogus";

        ApiClient.Response anonymous = call(anonymous(), "POST", path);
        ApiClient.Response leadership = call(as(Role.LEADERSHIP), "POST", path);
        ApiClient.Response ops = call(as(Role.OPS), "POST", path);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(leadership.status()).isEqualTo(403);
        assertThat(ops.status()).as(ops.body()).isEqualTo(400);
        assertThat(ops.body()).contains("kinds");
    }

    @Test
    void apiErrorsOfSecurityAreProblemJson() {
        ApiClient.Response anonymous = anonymous().get("/api/v1/segments");
        ApiClient.Response forbidden = as(Role.LEADERSHIP).get("/api/v1/segments");

        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(forbidden.json().get("detail").asText()).contains("/api/v1/segments");
    }

    @Test
    void wrongTokenIs401AndRightTokenWorks() {
        ApiClient.Response wrong = ApiClient.bearer(port, "clvops_not-a-token").get("/api/v1/segments");
        ApiClient.Response right = as(Role.ANALYST).get("/api/v1/segments");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asText()).contains("unknown or revoked API token");
        assertThat(right.status()).isEqualTo(200);
    }

    @Test
    void revokedTokenStopsWorking() {
        var token = tokens.create("it-analyst", Role.ANALYST);
        assertThat(ApiClient.bearer(port, token.token()).get("/api/v1/segments").status()).isEqualTo(200);

        ApiClient.Response revoked = as(Role.ADMIN).send("DELETE", "/api/v1/tokens/" + token.id());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(ApiClient.bearer(port, token.token()).get("/api/v1/segments").status()).isEqualTo(401);
    }

    @Test
    void initialAdminPasswordFileHasMode600AndWorksForBasicAuth() throws Exception {
        var file = HOME.resolve("initial-admin-password");

        String password = Files.readString(file).strip();

        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ApiClient.basic(port, "admin", password).get("/api/v1/users").status()).isEqualTo(200);
        assertThat(ApiClient.basic(port, "admin", password + "x").get("/api/v1/users").status()).isEqualTo(401);
    }

    @Test
    void healthOpenApiSwaggerUiAndPrometheusArePublic() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        ApiClient.Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/predict").contains("/api/v1/customers/{customerId}");
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void formLoginPageIsServedWithCsrfProtection() {
        ApiClient.Response login = anonymous().get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("_csrf");
    }

    private static ApiClient.Response call(ApiClient client, String method, String path) {
        return method.equals("POST") ? client.post(path, SUMMARY) : client.get(path);
    }
}
