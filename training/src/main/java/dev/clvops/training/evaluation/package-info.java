/**
 * Compact holdout evaluations of a training run for the Model evaluation tab: {@link
 * dev.clvops.training.evaluation.HoldoutEvaluation} summarises one family's holdout (sample of actual/predicted
 * pairs, residual histogram, XGBoost gain importance and SHAP summary) and {@link
 * dev.clvops.training.evaluation.JdbcModelEvaluations} stores it in {@code model_evaluations} and reads it back,
 * with the metrics, deciles and tracking of {@code training_runs}, as the platform's {@code EvaluationReader}.
 */
@NullMarked
package dev.clvops.training.evaluation;

import org.jspecify.annotations.NullMarked;
