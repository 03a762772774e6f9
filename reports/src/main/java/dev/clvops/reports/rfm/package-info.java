/**
 * RFM scoring and rule segments. {@link dev.clvops.reports.rfm.RfmScorer} gives each customer R, F and M quintile
 * scores (1..5) and an RFM code such as {@code "541"}; {@link dev.clvops.reports.rfm.Segment} maps (R, F) to a
 * named segment.
 *
 * <p>Quintiles are rank based and ties share the lower quintile: a customer's score is
 * {@code 1 + floor(5 * worse / n)}, where {@code worse} counts customers with a strictly worse value (a larger
 * days-since-last for R, fewer orders for F, less spend for M). Equal values therefore always get equal scores,
 * the result does not depend on input order, and a value shared by many customers (one-time buyers) sits in the
 * lowest quintile it reaches.
 *
 * <p>Segments use the (R, F) grid of the widely used RFM segment map, with "Lost" split off its bottom corner:
 * <table>
 * <caption>Segment by R (rows) and F (columns)</caption>
 * <tr><th>R \ F</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr>
 * <tr><td>5</td><td>New</td><td>Potential Loyalist</td><td>Potential Loyalist</td><td>Champions</td><td>Champions</td></tr>
 * <tr><td>4</td><td>Promising</td><td>Potential Loyalist</td><td>Potential Loyalist</td><td>Loyal</td><td>Loyal</td></tr>
 * <tr><td>3</td><td>About to Sleep</td><td>About to Sleep</td><td>Need Attention</td><td>Loyal</td><td>Loyal</td></tr>
 * <tr><td>2</td><td>Hibernating</td><td>Hibernating</td><td>At Risk</td><td>At Risk</td><td>Can't Lose Them</td></tr>
 * <tr><td>1</td><td>Lost</td><td>Hibernating</td><td>At Risk</td><td>At Risk</td><td>Can't Lose Them</td></tr>
 * </table>
 * M does not move a customer between segments; it is kept in the code for value ranking.
 */
@NullMarked
package dev.clvops.reports.rfm;

import org.jspecify.annotations.NullMarked;
