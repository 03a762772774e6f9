package dev.clvops.platform.health;

import java.util.List;

/** Port: runs the application's health checks (database, registry, feature freshness, pipeline...). */
@FunctionalInterface
public interface HealthChecks {

    /** Every check's result, by name; a check that throws is reported DOWN with the error. */
    List<ComponentHealth> check();
}
