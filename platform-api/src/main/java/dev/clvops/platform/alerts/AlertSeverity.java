package dev.clvops.platform.alerts;

/** How urgent an alert is; publishers log INFO at info level, WARNING at warn and CRITICAL at error. */
public enum AlertSeverity {
    INFO, WARNING, CRITICAL
}
