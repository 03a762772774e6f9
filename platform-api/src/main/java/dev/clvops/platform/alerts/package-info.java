/**
 * The alerting port: drift, retrain outcomes and job failures become {@link dev.clvops.platform.alerts.Alert}s that an
 * {@link dev.clvops.platform.alerts.AlertPublisher} logs and forwards (the webhook adapter lives in monitoring).
 */
@NullMarked
package dev.clvops.platform.alerts;

import org.jspecify.annotations.NullMarked;
