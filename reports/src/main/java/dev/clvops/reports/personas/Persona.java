package dev.clvops.reports.personas;

/** The behavioural personas, in rule priority order. */
public enum Persona {
    LAPSED_VIP("Lapsed VIP"), ONE_TIME_BUYER("One-time buyer"), LOYAL_HIGH_SPENDER("Loyal high spender"),
    SEASONAL("Seasonal"), BARGAIN_HUNTER("Bargain hunter"), REGULAR("Regular");

    private final String label;

    Persona(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
