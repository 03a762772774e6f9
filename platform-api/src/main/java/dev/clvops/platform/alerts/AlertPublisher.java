package dev.clvops.platform.alerts;

/**
 * Port: publishes alerts. Implementations return at once (delivery is asynchronous), never throw for delivery
 * failures, and log every alert whether or not a remote channel is configured.
 */
@FunctionalInterface
public interface AlertPublisher {

    void publish(Alert alert);
}
