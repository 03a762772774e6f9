package dev.clvops.platform.registry;

/** Where a model version's registration stands. */
public enum RegistrationStatus {
    /** Registered; the version number and run are final. */
    READY,
    /** The registry was unreachable; the run is queued and will be retried. */
    PENDING,
    /** The registry rejected the registration; retrying will not help. */
    FAILED
}
