package dev.clvops.reports.audiences;

/** Budget shares (High-CLV, Growth-Potential, Low-CLV), CAC share of CLV, lookalike share, growth rule. */
public record AudienceSettings(double highShare, double growthShare, double lowShare, double cacShare,
                               double lookalikeShare, double growthMinAlive) {

    public AudienceSettings {
        if (Math.abs(highShare + growthShare + lowShare - 1) > 1e-9 || highShare < 0 || growthShare < 0
                || lowShare < 0) {
            throw new IllegalArgumentException("budget shares must be >= 0 and sum to 1: " + highShare + ", "
                    + growthShare + ", " + lowShare);
        }
    }

    public static AudienceSettings defaults() {
        return new AudienceSettings(0.50, 0.35, 0.15, 0.30, 0.01, 0.5);
    }

    double share(int audience) {
        return switch (audience) {
            case 0 -> highShare;
            case 1 -> growthShare;
            default -> lowShare;
        };
    }
}
