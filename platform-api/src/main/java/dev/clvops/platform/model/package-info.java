/**
 * CLV model families: a {@link dev.clvops.platform.model.ClvTrainer} fits a
 * {@link dev.clvops.platform.model.TrainingSet} and returns an immutable, thread-safe
 * {@link dev.clvops.platform.model.ClvModel} that only predicts. Fit and predict do no I/O.
 */
@NullMarked
package dev.clvops.platform.model;

import org.jspecify.annotations.NullMarked;
