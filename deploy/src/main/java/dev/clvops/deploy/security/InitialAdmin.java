package dev.clvops.deploy.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the first start (no user stored) creates {@code admin} with a random password, prints it once on stderr (not
 * in the log file) and writes it to {@code $CLVOPS_HOME/initial-admin-password} with mode 600.
 */
final class InitialAdmin {

    static final String USERNAME = "admin";
    static final String FILE_NAME = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final Path home;

    InitialAdmin(UserAccounts accounts, JdbcClient jdbc, Path home) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.home = home;
    }

    /** Creates the admin when no user exists; returns whether it did. */
    synchronized boolean createIfNoUsers() {
        long users = jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
        if (users > 0) {
            return false;
        }
        UserAccounts.Password admin = accounts.add(USERNAME, Role.ADMIN, null);
        Path file = write(admin.password());
        System.err.printf("%n*** clvops first start: user '%s' created with password %s%n"
                + "*** (also in %s, mode 600; change it with: clvops user passwd %s)%n%n",
                USERNAME, admin.password(), file, USERNAME);
        System.err.flush();
        log.warn("First start: created user '{}'; its initial password is in {}", USERNAME, file);
        return true;
    }

    private Path write(String password) {
        Path file = home.resolve(FILE_NAME);
        try {
            Files.createDirectories(home);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial admin password to " + file, e);
        }
    }
}
