/**
 * Probabilistic (BTYD) CLV families: BG/NBD and Pareto/NBD transaction models, the Gamma-Gamma spend model and
 * their discounted composition {@link dev.clvops.training.probabilistic.BtydClvModel}. Trainers are the public
 * entry points; likelihoods, the hypergeometric function and the optimiser wrapper stay package-private.
 */
@NullMarked
package dev.clvops.training.probabilistic;

import org.jspecify.annotations.NullMarked;
