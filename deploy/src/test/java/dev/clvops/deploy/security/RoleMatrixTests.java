package dev.clvops.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleMatrixTests {

    @Test
    void readmeTableShowsEveryGroupWithItsPathsAndRoles() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));

        for (RoleMatrix.Group group : RoleMatrix.GROUPS) {
            String row = "| " + group.name() + " | " + group.paths().stream().map(p -> "`" + p + "`")
                    .collect(Collectors.joining(", ")) + " | " + String.join(", ", RoleMatrix.authorities(group))
                    + " |";
            assertThat(readme).as("README.md row for " + group.name()).contains(row);
        }
    }

    @Test
    void parsesRolesCaseInsensitivelyAndNamesTheChoicesOtherwise() {
        assertThat(Role.parse(" analyst ")).isEqualTo(Role.ANALYST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.parse("boss"))
                .hasMessage("unknown role 'boss' (expected one of ADMIN, OPS, ANALYST, LEADERSHIP)");
    }
}
