/** The drift read model over the stored report and retrain-decision tables ({@code JdbcDriftHistory}). */
@NullMarked
package dev.clvops.monitoring.history;

import org.jspecify.annotations.NullMarked;
