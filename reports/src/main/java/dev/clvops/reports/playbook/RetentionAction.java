package dev.clvops.reports.playbook;

import dev.clvops.reports.rfm.Segment;

/** Recommended retention actions and the tier x segment rule that picks them. */
public enum RetentionAction {
    VIP_REWARDS("VIP rewards"), NURTURE_CROSS_SELL("Nurture and cross-sell"),
    REENGAGEMENT_OFFER("Re-engagement offer"), PERSONAL_WIN_BACK("Personal win-back"),
    WIN_BACK_DISCOUNT("Win-back discount"), LOW_COST_REACTIVATION("Low-cost reactivation");

    private final String label;

    RetentionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RetentionAction of(Tier tier, Segment segment) {
        return switch (segment) {
            case CHAMPIONS, LOYAL -> VIP_REWARDS;
            case POTENTIAL_LOYALIST, NEW, PROMISING -> NURTURE_CROSS_SELL;
            case NEED_ATTENTION, ABOUT_TO_SLEEP -> REENGAGEMENT_OFFER;
            case AT_RISK, CANT_LOSE_THEM -> tier.isTop() ? PERSONAL_WIN_BACK : WIN_BACK_DISCOUNT;
            case HIBERNATING, LOST -> tier.isTop() ? WIN_BACK_DISCOUNT : LOW_COST_REACTIVATION;
        };
    }
}
