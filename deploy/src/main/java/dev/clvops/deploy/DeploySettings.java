package dev.clvops.deploy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deployed platform (prefix {@code clvops.deploy}; application.yml maps the environment onto it).
 *
 * @param home the clvops home ({@code CLVOPS_HOME}): embedded database, logs, demo data
 * @param postgresBinaries where the bundled PostgreSQL binaries are unpacked
 * @param dbPort the embedded PostgreSQL's port ({@code CLVOPS_DB_PORT}); 0 picks a free one
 * @param demo the demo bootstrap
 */
@ConfigurationProperties("clvops.deploy")
public record DeploySettings(Path home, Path postgresBinaries, @DefaultValue("0") int dbPort,
                             @DefaultValue Demo demo) {

    /**
     * The demo bootstrap of an empty platform.
     *
     * @param enabled whether {@code serve} loads demo data into an empty platform ({@code CLVOPS_DEMO})
     * @param customers customers to generate
     * @param months months of order history
     * @param seed the generator's seed
     */
    public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("50000") int customers,
                       @DefaultValue("24") int months, @DefaultValue("42") long seed) {
    }
}
