package dev.clvops.deploy.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings (prefix {@code clvops.security}).
 *
 * @param prometheusPublic whether {@code /actuator/prometheus} answers without credentials
 * @param tokenCacheTtl how long a verified API token is trusted without asking the database again (a revoked
 *                      token stops working after at most this long)
 */
@ConfigurationProperties("clvops.security")
public record SecuritySettings(@DefaultValue("true") boolean prometheusPublic,
                               @DefaultValue("30s") Duration tokenCacheTtl) {
}
