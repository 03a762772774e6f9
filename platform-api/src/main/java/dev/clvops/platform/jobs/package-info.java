/**
 * Pipeline job runs (ingest, snapshot, train, score, monitor, retrain, report...): start one by kind, stop it, follow
 * its progress, and list every run, past ones included, through {@link dev.clvops.platform.jobs.JobRuns}.
 */
@NullMarked
package dev.clvops.platform.jobs;

import org.jspecify.annotations.NullMarked;
