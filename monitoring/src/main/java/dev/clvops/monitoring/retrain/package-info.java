/**
 * The retrain policy: {@link dev.clvops.monitoring.retrain.RetrainPolicy} retrains on dataset drift, prediction PSI
 * at the alert level or performance drift, guarded by minimum new orders, a cooldown, a weekly cap and a
 * PostgreSQL advisory lock (single flight across instances). Every decision is stored ({@code retrain_decisions});
 * a retrain is asked for by publishing {@link dev.clvops.platform.monitoring.RetrainRequested}.
 */
@NullMarked
package dev.clvops.monitoring.retrain;

import org.jspecify.annotations.NullMarked;
