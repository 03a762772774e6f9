package dev.clvops.training.synthetic;

import java.util.Locale;

/**
 * The per-customer truth file: attributes, latent scores, true parameters, the latent alive state at the history
 * end, and the true expected purchases and gross order value in the {@code horizonDays} after the history end.
 *
 * <p>Given alive at the end, future purchases are the seasonal Poisson process with dropout {@code p} after each, so
 * {@code E[N] = (1 - exp(-p * lambda * S)) / p} with {@code S = ∫ m(t) dt} over the horizon (memorylessness of the
 * Poisson process). The {@code _observed} columns replace the latent alive state by its posterior given the true
 * parameters and the observed history (Fader, Hardie and Lee 2005, Eq. 3 likelihood split into its two terms):
 * {@code P(alive) = (1-p) e^{-lambda S(t_x, T)} / ((1-p) e^{-lambda S(t_x, T)} + p)}, and 1 without repeats.
 * Values are gross (returns not subtracted): {@code E[N] * spendShape / nu}. Numbers carry seven significant digits.
 */
final class GroundTruth {

    static final String HEADER = "customer_id,channel,acquisition_source,country,city,currency,age,age_band,gender,"
            + "preferred_category,acquisition_date,z_frequency,z_loyalty,z_spend,lambda,p,nu,mean_order_value,"
            + "alive_at_end,purchases,last_purchase_date,p_alive_observed,expected_purchases_%1$dd,"
            + "expected_value_%1$dd,expected_purchases_%1$dd_observed,expected_value_%1$dd_observed";

    private final PopulationParameters population;
    private final Timeline timeline;
    private final double horizonIntensity;

    GroundTruth(PopulationParameters population, Timeline timeline) {
        this.population = population;
        this.timeline = timeline;
        this.horizonIntensity = timeline.intensity(timeline.historyDays(),
                timeline.historyDays() + (double) population.horizonDays());
    }

    String header() {
        return String.format(Locale.ROOT, HEADER, population.horizonDays());
    }

    String line(SimulatedCustomer customer) {
        Traits traits = customer.traits();
        Attributes attributes = customer.attributes();
        double meanOrder = population.spendShape() / traits.nu();
        double purchasesIfAlive = expectedPurchasesIfAlive(traits);
        double expectedPurchases = customer.aliveAtEnd() ? purchasesIfAlive : 0;
        double pAlive = probabilityAlive(customer);
        return Csv.line(customer.customerId(), attributes.channel(), attributes.acquisitionSource(),
                attributes.country(), attributes.city(), attributes.currency(), Integer.toString(attributes.age()),
                attributes.ageBand(), attributes.gender(), attributes.preferredCategory(),
                timeline.isoDate((int) customer.acquisitionTime()), number(traits.frequency()),
                number(traits.loyalty()), number(traits.spend()), number(traits.lambda()), number(traits.p()),
                number(traits.nu()), number(meanOrder), Boolean.toString(customer.aliveAtEnd()),
                Integer.toString(customer.purchases().size()), timeline.isoDate(customer.lastPurchase().day()),
                number(pAlive), number(expectedPurchases), number(expectedPurchases * meanOrder),
                number(pAlive * purchasesIfAlive), number(pAlive * purchasesIfAlive * meanOrder));
    }

    double expectedPurchasesIfAlive(Traits traits) {
        return -Math.expm1(-traits.p() * traits.lambda() * horizonIntensity) / traits.p();
    }

    double probabilityAlive(SimulatedCustomer customer) {
        if (customer.purchases().size() == 1) {
            return 1;
        }
        Traits traits = customer.traits();
        double silence = timeline.intensity(customer.lastPurchase().time(), timeline.historyDays());
        double alive = (1 - traits.p()) * Math.exp(-traits.lambda() * silence);
        return alive / (alive + traits.p());
    }

    /** Seven significant digits (the shortest float text) keep the file small; the truth needs no more. */
    private static String number(double value) {
        return Float.toString((float) value);
    }
}
