package dev.clvops.deploy.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/** Users and their roles in the {@code users}/{@code authorities} tables; passwords stored with bcrypt. */
public final class UserAccounts {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;

    UserAccounts(JdbcUserDetailsManager users, PasswordEncoder encoder, JdbcClient jdbc) {
        this.users = users;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    /** A user as listed: name, roles, whether enabled. */
    public record Account(String username, List<String> roles, boolean enabled) {
        public Account {
            roles = List.copyOf(roles);
        }
    }

    /** A password that was set; {@code generated} tells whether it was made up here (and must be shown once). */
    public record Password(String username, String password, boolean generated) {
        @Override
        public String toString() {
            return "Password[" + username + ", generated=" + generated + "]";
        }
    }

    /** Creates a user with one role; a null password is generated. */
    public Password add(String username, Role role, @Nullable String password) {
        requireName(username);
        if (users.userExists(username)) {
            throw new IllegalArgumentException("user '" + username + "' exists already");
        }
        Password chosen = choose(username, password);
        users.createUser(User.withUsername(username).password(encoder.encode(chosen.password()))
                .authorities(role.authority()).build());
        return chosen;
    }

    /** Sets a new password; a null password is generated. */
    public Password changePassword(String username, @Nullable String password) {
        requireExisting(username);
        Password chosen = choose(username, password);
        jdbc.sql("UPDATE users SET password = ? WHERE username = ?")
                .params(encoder.encode(chosen.password()), username).update();
        return chosen;
    }

    public boolean exists(String username) {
        return users.userExists(username);
    }

    void requireExisting(String username) {
        if (!users.userExists(username)) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
    }

    public List<Account> list() {
        Map<String, TreeSet<String>> roles = new TreeMap<>();
        Map<String, Boolean> enabled = new TreeMap<>();
        jdbc.sql("SELECT u.username, u.enabled, a.authority FROM users u LEFT JOIN authorities a USING (username)")
                .query(rs -> {
                    String name = rs.getString("username");
                    enabled.put(name, rs.getBoolean("enabled"));
                    TreeSet<String> set = roles.computeIfAbsent(name, n -> new TreeSet<>());
                    Optional.ofNullable(rs.getString("authority")).map(a -> a.replaceFirst("^ROLE_", ""))
                            .ifPresent(set::add);
                });
        return roles.entrySet().stream()
                .map(e -> new Account(e.getKey(), List.copyOf(e.getValue()), enabled.get(e.getKey()))).toList();
    }

    private static Password choose(String username, @Nullable String password) {
        if (password == null) {
            return new Password(username, Secrets.password(), true);
        }
        if (password.length() < 12) {
            throw new IllegalArgumentException("password too short: at least 12 characters needed");
        }
        return new Password(username, password, false);
    }

    private static void requireName(String username) {
        if (!NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("invalid user name '" + username
                    + "' (1-64 letters, digits, '.', '_', '@' or '-')");
        }
    }
}
