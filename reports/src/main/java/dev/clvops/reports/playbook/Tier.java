package dev.clvops.reports.playbook;

/** Value tiers by predicted-CLV percentile. */
public enum Tier {
    PLATINUM("Platinum"), GOLD("Gold"), SILVER("Silver"), BRONZE("Bronze");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isTop() {
        return this == PLATINUM || this == GOLD;
    }
}
