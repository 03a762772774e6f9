package dev.clvops.deploy.ops;

import dev.clvops.platform.health.SystemHealthSource;
import dev.clvops.platform.health.SystemSnapshot;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/system}: the system-health read model (host, JVM, database, versions, last job runs). */
@Endpoint(id = "system")
final class SystemHealthEndpoint {

    private final SystemHealthSource systemHealth;

    SystemHealthEndpoint(SystemHealthSource systemHealth) {
        this.systemHealth = systemHealth;
    }

    @ReadOperation
    SystemSnapshot snapshot() {
        return systemHealth.snapshot();
    }
}
