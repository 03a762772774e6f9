/** Progress reporting for long-running jobs (ingest, snapshots, training), shared by CLI, API and UI. */
@NullMarked
package dev.clvops.platform.job;

import org.jspecify.annotations.NullMarked;
