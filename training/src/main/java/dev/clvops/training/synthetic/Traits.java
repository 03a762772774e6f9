package dev.clvops.training.synthetic;

/**
 * A customer's latent standard-normal scores (frequency, loyalty, spend) and the BG/NBD and Gamma-Gamma parameters
 * they map to: {@code lambda} purchases per day, dropout probability {@code p}, spend rate {@code nu}.
 */
record Traits(double frequency, double loyalty, double spend, double lambda, double p, double nu) {

    static Traits latent(double frequency, double loyalty, double spend) {
        return new Traits(frequency, loyalty, spend, Double.NaN, Double.NaN, Double.NaN);
    }
}
