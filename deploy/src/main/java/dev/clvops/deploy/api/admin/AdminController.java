package dev.clvops.deploy.api.admin;

import dev.clvops.deploy.api.Problems;
import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.Role;
import dev.clvops.deploy.security.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "administration", description = "Users and API tokens")
class AdminController {

    private final UserAccounts users;
    private final ApiTokens tokens;

    AdminController(UserAccounts users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** A new user; without a password one is generated and returned once. */
    record NewUser(@Nullable String username, @Nullable String role, @Nullable String password) {
    }

    /** A new token for a user and role. */
    record NewToken(@Nullable String username, @Nullable String role) {
    }

    /** What a creation returns: the secret, shown only here. */
    record Secret(String username, String role, String secret, @Nullable Long tokenId) {
    }

    @GetMapping("/users")
    @Operation(summary = "Users with their roles")
    List<UserAccounts.Account> listUsers() {
        return users.list();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates a user with one role; a missing password is generated and returned once")
    Secret addUser(@RequestBody NewUser request) {
        String name = required("username", request.username());
        Role role = role(request.role());
        UserAccounts.Password password = users.add(name, role, request.password());
        return new Secret(name, role.name(), password.generated() ? password.password() : "(as given)", null);
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates an API token; the token is in this response only")
    Secret addToken(@RequestBody NewToken request) {
        ApiTokens.NewToken token = tokens.create(required("username", request.username()), role(request.role()));
        return new Secret(token.username(), token.role().name(), token.token(), token.id());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes an API token")
    void revoke(@PathVariable long id) {
        if (!tokens.revoke(id)) {
            throw Problems.notFound("No active token " + id);
        }
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalid(field, "is required");
        }
        return value;
    }

    private static Role role(@Nullable String value) {
        try {
            return Role.parse(required("role", value));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("role", e.getMessage());
        }
    }
}
