package dev.clvops.platform.analytics;

import java.util.List;

/**
 * A total marketing budget split over the audiences; amounts are rounded to cents and sum to the total exactly.
 *
 * @param total the budget
 * @param lines one per audience
 */
public record BudgetAllocation(double total, List<Line> lines) {

    public BudgetAllocation {
        lines = List.copyOf(lines);
    }

    /** The amount for one audience, per customer, and the audience's CAC target. */
    public record Line(String audience, double share, double amount, long customers, double perCustomer,
                       double cacTarget) {
    }
}
