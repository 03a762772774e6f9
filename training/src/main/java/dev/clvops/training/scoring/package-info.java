/**
 * Scoring: the {@code score-customers} job scores every customer of the latest as-of-now snapshot with the
 * champion model into {@code scoring_runs} and {@code customer_predictions}. Public: {@link
 * dev.clvops.training.scoring.ScoringService} (runs the job), {@link dev.clvops.training.scoring.PredictionQueries}
 * (reads results) and their records; the steps, the parallel predictor and the COPY writer stay package-private.
 */
@NullMarked
package dev.clvops.training.scoring;

import org.jspecify.annotations.NullMarked;
