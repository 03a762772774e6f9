package dev.clvops.deploy.security;

import static dev.clvops.deploy.security.Role.ADMIN;
import static dev.clvops.deploy.security.Role.ANALYST;
import static dev.clvops.deploy.security.Role.LEADERSHIP;
import static dev.clvops.deploy.security.Role.OPS;

import java.util.List;
import java.util.Set;

/**
 * The one place that says which roles may call which endpoint group (README.md, "Security", shows the same table;
 * a test keeps them equal). Paths are Spring path patterns; anything under {@code /api} not listed needs a login.
 */
public final class RoleMatrix {

    /** An endpoint group: its name, path patterns and the roles allowed. */
    public record Group(String name, List<String> paths, Set<Role> roles) {
        public Group {
            paths = List.copyOf(paths);
            roles = Set.copyOf(roles);
        }
    }

    /** The groups, in the order the rules apply. */
    public static final List<Group> GROUPS = List.of(
            new Group("administration", List.of("/api/v1/users/**", "/api/v1/tokens/**"), Set.of(ADMIN)),
            new Group("operations", List.of("/api/v1/jobs/**", "/api/v1/models/**", "/api/v1/metrics/**",
                    "/api/v1/drift/**", "/actuator/**"), Set.of(OPS, ADMIN)),
            new Group("prediction", List.of("/api/v1/predict/**"), Set.of(ANALYST, OPS, ADMIN)),
            new Group("analysis", List.of("/api/v1/customers/**", "/api/v1/segments/**", "/api/v1/clusters/**",
                    "/api/v1/cohorts/**", "/api/v1/personas/**", "/api/v1/playbook/**", "/api/v1/audiences/**",
                    "/api/v1/exports/**", "/api/v1/orders/**"), Set.of(ANALYST, ADMIN)),
            new Group("dashboards", List.of("/api/v1/kpis/**", "/api/v1/dashboard/**",
                    "/api/v1/budget-allocation/**"), Set.of(LEADERSHIP, ANALYST, ADMIN)),
            new Group("report generation", List.of("/api/v1/reports/generate"), Set.of(OPS, ADMIN)),
            new Group("reports", List.of("/api/v1/reports/**"), Set.of(LEADERSHIP, OPS, ADMIN)));

    private RoleMatrix() {
    }

    static String[] authorities(Group group) {
        return group.roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }
}
