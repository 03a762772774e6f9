package dev.clvops.platform.registry;

/**
 * The registry could not be reached (connection refused, time-out, server error). Registrations that hit it are
 * queued and retried; reads surface it to the caller.
 */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public RegistryUnavailableException(String message) {
        super(message);
    }
}
