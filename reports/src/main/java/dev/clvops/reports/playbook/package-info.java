/**
 * The retention playbook, {@link dev.clvops.reports.playbook.RetentionPlaybook}. Customers get a value tier by
 * their position in descending predicted CLV (ties in customer-id order): Platinum the top 5%, Gold the next 15%,
 * Silver the next 30%, Bronze the rest (shares configurable, {@link dev.clvops.reports.playbook.ValueTiers}).
 * Tier x RFM segment picks an action:
 * <table>
 * <caption>Actions</caption>
 * <tr><th>Segments</th><th>Platinum/Gold</th><th>Silver/Bronze</th></tr>
 * <tr><td>Champions, Loyal</td><td>VIP rewards</td><td>VIP rewards</td></tr>
 * <tr><td>Potential Loyalist, New, Promising</td><td>Nurture and cross-sell</td><td>Nurture and cross-sell</td></tr>
 * <tr><td>Need Attention, About to Sleep</td><td>Re-engagement offer</td><td>Re-engagement offer</td></tr>
 * <tr><td>At Risk, Can't Lose Them</td><td>Personal win-back</td><td>Win-back discount</td></tr>
 * <tr><td>Hibernating, Lost</td><td>Win-back discount</td><td>Low-cost reactivation</td></tr>
 * </table>
 * Expected uplift = the action's response rate x the customer's predicted CLV (the value at stake), cost = the
 * action's cost per customer, net ROI = (uplift - cost) / cost. Targets are ranked by uplift - cost.
 */
@NullMarked
package dev.clvops.reports.playbook;

import org.jspecify.annotations.NullMarked;
