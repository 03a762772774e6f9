package dev.clvops.reports.playbook;

import java.util.EnumMap;
import java.util.Map;

/**
 * Tier shares and per-action response rates and costs.
 *
 * @param platinumShare share of customers in Platinum (top by predicted CLV)
 * @param goldShare     share in Gold
 * @param silverShare   share in Silver (Bronze takes the rest)
 * @param responseRate  assumed share of contacted customers whose CLV the action secures
 * @param costPerCustomer campaign cost per contacted customer
 * @param topTargets    length of the stored target list
 */
public record PlaybookSettings(double platinumShare, double goldShare, double silverShare,
                               Map<RetentionAction, Double> responseRate, Map<RetentionAction, Double> costPerCustomer,
                               int topTargets) {

    public PlaybookSettings {
        if (platinumShare < 0 || goldShare < 0 || silverShare < 0 || platinumShare + goldShare + silverShare > 1) {
            throw new IllegalArgumentException("tier shares must be >= 0 and sum to at most 1");
        }
        for (RetentionAction a : RetentionAction.values()) {
            if (!responseRate.containsKey(a) || !costPerCustomer.containsKey(a)) {
                throw new IllegalArgumentException("response rate and cost needed for " + a);
            }
        }
        responseRate = Map.copyOf(responseRate);
        costPerCustomer = Map.copyOf(costPerCustomer);
    }

    public static PlaybookSettings defaults() {
        Map<RetentionAction, Double> rate = new EnumMap<>(RetentionAction.class);
        Map<RetentionAction, Double> cost = new EnumMap<>(RetentionAction.class);
        put(rate, cost, RetentionAction.VIP_REWARDS, 0.10, 5.0);
        put(rate, cost, RetentionAction.NURTURE_CROSS_SELL, 0.08, 2.0);
        put(rate, cost, RetentionAction.REENGAGEMENT_OFFER, 0.06, 3.0);
        put(rate, cost, RetentionAction.PERSONAL_WIN_BACK, 0.15, 25.0);
        put(rate, cost, RetentionAction.WIN_BACK_DISCOUNT, 0.05, 8.0);
        put(rate, cost, RetentionAction.LOW_COST_REACTIVATION, 0.02, 0.5);
        return new PlaybookSettings(0.05, 0.15, 0.30, rate, cost, 500);
    }

    private static void put(Map<RetentionAction, Double> rate, Map<RetentionAction, Double> cost, RetentionAction a,
                            double r, double c) {
        rate.put(a, r);
        cost.put(a, c);
    }
}
