package dev.clvops.training.synthetic;

/**
 * One value of an observable attribute: its base share and its loadings on the three latent traits (frequency,
 * loyalty, spend). A positive loading makes the value more likely for customers high on that trait.
 */
record Level(String name, double share, double frequency, double loyalty, double spend) {
}
