package dev.clvops.training.synthetic;

import java.util.List;

/**
 * A categorical attribute drawn given the latent traits by a multinomial logit:
 * {@code P(level | z) ∝ share * exp(frequency * zf + loyalty * zl + spend * zs)}.
 */
record AttributeTable(List<Level> levels) {

    AttributeTable {
        levels = List.copyOf(levels);
    }

    static AttributeTable of(Level... levels) {
        return new AttributeTable(List.of(levels));
    }

    /** The level picked by the uniform {@code u} given the latent traits. */
    Level draw(double u, Traits traits) {
        double total = 0;
        for (Level level : levels) {
            total += weight(level, traits);
        }
        double target = u * total;
        double running = 0;
        for (Level level : levels) {
            running += weight(level, traits);
            if (target < running) {
                return level;
            }
        }
        return levels.getLast();
    }

    private static double weight(Level level, Traits traits) {
        return level.share() * Math.exp(level.frequency() * traits.frequency() + level.loyalty() * traits.loyalty()
                + level.spend() * traits.spend());
    }
}
