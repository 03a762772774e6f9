/**
 * The training pipeline: the {@code train-clv} job (snapshot → gate → fit → arena → register → promote) and
 * {@link dev.clvops.training.pipeline.TrainingService}, which runs it for the CLI, the REST API and the scheduler
 * and answers a {@link dev.clvops.training.pipeline.TrainingReport}. Tasklets, the per-run state, the
 * {@code training_runs} documents and the BTYD weekly tracking stay package-private.
 */
@NullMarked
package dev.clvops.training.pipeline;

import org.jspecify.annotations.NullMarked;
