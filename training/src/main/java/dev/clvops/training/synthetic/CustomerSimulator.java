package dev.clvops.training.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Simulates one customer from its own random stream, seeded from (seed, customer number), so customers are
 * independent and the output does not depend on how many were generated before.
 *
 * <p>Order of events (days): acquisition uniform over the whole history with the first purchase at that moment;
 * repeat purchases follow a Poisson process of intensity {@code lambda * m(t)} (seasonal multiplier {@code m},
 * simulated by thinning a process of rate {@code lambda * max m}); after every repeat purchase the customer drops out
 * with probability {@code p} (BG/NBD). Each order value is Gamma(spendShape, rate nu).
 */
final class CustomerSimulator {

    private static final long SALT = 0x5EED_C0FFEEL;
    private static final double FULL_REFUND_SHARE = 0.5;
    private static final double NEWSLETTER_SHARE = 0.15;
    private static final double PREFERRED_CATEGORY_SHARE = 0.6;
    private static final int MAX_RETURN_DAYS = 30;

    private final PopulationParameters population;
    private final Timeline timeline;
    private final long seed;
    private final TraitCopula copula;
    private final SplittableRandomGenerator stream = new SplittableRandomGenerator();
    private final RandomDataGenerator random = RandomDataGenerator.of(stream);

    CustomerSimulator(PopulationParameters population, Timeline timeline, long seed) {
        this.population = population;
        this.timeline = timeline;
        this.seed = seed;
        this.copula = new TraitCopula(population);
    }

    SimulatedCustomer simulate(long number) {
        stream.setSeed(SplittableRandomGenerator.streamSeed(seed, number, SALT));
        Traits latent = Traits.latent(random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
        Traits traits = copula.parameters(latent);
        double acquired = random.nextDouble() * timeline.historyDays();
        Attributes attributes = AttributeModel.draw(random, latent, timeline.start().plusDays((long) acquired));
        List<Purchase> purchases = new ArrayList<>();
        purchases.add(purchase(1, acquired, traits, attributes, attributes.acquisitionCampaign()));
        boolean alive = repeatPurchases(traits, attributes, acquired, purchases);
        return new SimulatedCustomer(number, attributes, traits, acquired, purchases, alive);
    }

    /** Adds repeat purchases until dropout or the history end; returns whether the customer is alive at the end. */
    private boolean repeatPurchases(Traits traits, Attributes attributes, double from, List<Purchase> purchases) {
        double candidateRate = traits.lambda() * timeline.maxMultiplier();
        double time = from;
        while (true) {
            time += random.nextExponential(1 / candidateRate);
            if (time >= timeline.historyDays()) {
                return true;
            }
            if (random.nextDouble() * timeline.maxMultiplier() >= timeline.multiplier((int) time)) {
                continue;
            }
            purchases.add(purchase(purchases.size() + 1, time, traits, attributes, newsletter(time)));
            if (random.nextDouble() < traits.p()) {
                return false;
            }
        }
    }

    private Purchase purchase(int sequence, double time, Traits traits, Attributes attributes,
            @Nullable String campaign) {
        double value = cents(random.nextGamma(population.spendShape(), 1 / traits.nu()));
        String category = random.nextDouble() < PREFERRED_CATEGORY_SHARE ? attributes.preferredCategory()
                : AttributeModel.CATEGORIES.levels().get(random.nextInt(AttributeModel.CATEGORIES.levels().size())).name();
        if (random.nextDouble() >= population.returnProbability()) {
            return new Purchase(sequence, time, value, category, campaign, -1, 0);
        }
        int refundDay = (int) time + 1 + random.nextInt(MAX_RETURN_DAYS);
        double refund = random.nextDouble() < FULL_REFUND_SHARE ? value
                : cents(value * (0.2 + 0.7 * random.nextDouble()));
        boolean withinHistory = refundDay < timeline.historyDays() && refund > 0;
        return new Purchase(sequence, time, value, category, campaign, withinHistory ? refundDay : -1, refund);
    }

    private @Nullable String newsletter(double time) {
        if (random.nextDouble() >= NEWSLETTER_SHARE) {
            return null;
        }
        return "newsletter_" + timeline.isoDate((int) time).substring(0, 7);
    }

    private static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
