package dev.clvops.deploy.ops;

import org.springframework.boot.health.contributor.Status;

/**
 * DEGRADED: the platform serves, but a part needs attention (no champion yet, stale features, registry down
 * while registrations queue). application.yml orders it between DOWN and UP and maps it to HTTP 200, so
 * load balancers keep routing while the health page shows the problem.
 */
final class OpsStatus {

    static final Status DEGRADED = new Status("DEGRADED");

    private OpsStatus() {
    }
}
