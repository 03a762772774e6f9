package dev.clvops.reports.rfm;

/** The RFM rule segments; {@link #of(int, int)} is the (R, F) grid documented in the package. */
public enum Segment {
    CHAMPIONS("Champions"), LOYAL("Loyal"), POTENTIAL_LOYALIST("Potential Loyalist"), NEW("New"),
    PROMISING("Promising"), NEED_ATTENTION("Need Attention"), ABOUT_TO_SLEEP("About to Sleep"),
    AT_RISK("At Risk"), CANT_LOSE_THEM("Can't Lose Them"), HIBERNATING("Hibernating"), LOST("Lost");

    private static final Segment[][] GRID = {
        {LOST, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
        {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
        {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},
        {PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL},
        {NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS},
    };

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The segment of recency score {@code r} and frequency score {@code f}, both 1..5. */
    public static Segment of(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) {
            throw new IllegalArgumentException("scores must be 1..5: r=" + r + " f=" + f);
        }
        return GRID[r - 1][f - 1];
    }

    /** True for the segments that the retention playbook and movement treat as churning. */
    public boolean isChurning() {
        return this == AT_RISK || this == CANT_LOSE_THEM || this == HIBERNATING || this == LOST;
    }

    /** The segment with this label or constant name, ignoring case and surrounding blanks. */
    public static Segment parse(String text) {
        String t = text.strip();
        for (Segment s : values()) {
            if (s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t.replace(' ', '_').replace("'", ""))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown segment '" + text + "'");
    }
}
