/**
 * Behavioural personas, {@link dev.clvops.reports.personas.PersonaAssigner}. Rules are checked in this order and the
 * first that matches wins (thresholds in {@link dev.clvops.reports.personas.PersonaRules}; "high spend" means total
 * spend at or above the population's {@code highSpendQuantile}, "low AOV" average order value at or below its
 * {@code lowAovQuantile}):
 * <ol>
 * <li>Lapsed VIP: high spend and no order for at least {@code lapsedDays}.</li>
 * <li>One-time buyer: a single order.</li>
 * <li>Loyal high spender: high spend and at least {@code loyalMinOrders} orders.</li>
 * <li>Seasonal: at least 3 orders whose gaps average {@code seasonalMinGapDays..seasonalMaxGapDays} with a
 * coefficient of variation at most {@code seasonalMaxCv} (regular, long cycles such as yearly buying).</li>
 * <li>Bargain hunter: low AOV and at least two orders.</li>
 * <li>Regular: everyone else.</li>
 * </ol>
 */
@NullMarked
package dev.clvops.reports.personas;

import org.jspecify.annotations.NullMarked;
