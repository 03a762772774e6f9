/**
 * Jobs over REST: every {@link dev.clvops.deploy.api.jobs.ApiJob} bean is a kind that {@code POST /api/v1/jobs/{kind}}
 * starts on a bounded executor (202 with the job's status URL); {@code GET /api/v1/jobs/{id}} reports status,
 * progress and, for Spring Batch jobs, the step read/write counts from the BATCH_ tables. Runs are stored in
 * {@code job_runs}; {@link dev.clvops.deploy.api.jobs.ApiJobs} is also the {@code JobRuns} port the UI uses.
 */
@NullMarked
package dev.clvops.deploy.api.jobs;

import org.jspecify.annotations.NullMarked;
