package dev.clvops.reports.personas;

import dev.clvops.reports.population.Population;
import java.util.Arrays;

/** Assigns each customer the first persona whose rule matches. */
public final class PersonaAssigner {

    private final PersonaRules rules;

    public PersonaAssigner(PersonaRules rules) {
        this.rules = rules;
    }

    public Persona[] assign(Population p) {
        double highSpend = quantile(p.totalSpend(), rules.highSpendQuantile());
        double lowAov = quantile(p.avgOrderValue(), rules.lowAovQuantile());
        Persona[] personas = new Persona[p.size()];
        for (int i = 0; i < personas.length; i++) {
            personas[i] = persona(p, i, highSpend, lowAov);
        }
        return personas;
    }

    private Persona persona(Population p, int i, double highSpend, double lowAov) {
        boolean highSpender = p.totalSpend()[i] >= highSpend;
        double orders = p.orderCount()[i];
        if (highSpender && p.daysSinceLast()[i] >= rules.lapsedDays()) {
            return Persona.LAPSED_VIP;
        }
        if (orders <= 1) {
            return Persona.ONE_TIME_BUYER;
        }
        if (highSpender && orders >= rules.loyalMinOrders()) {
            return Persona.LOYAL_HIGH_SPENDER;
        }
        if (orders >= 3 && seasonal(p.iptMeanDays()[i], p.iptStdDays()[i])) {
            return Persona.SEASONAL;
        }
        return p.avgOrderValue()[i] <= lowAov ? Persona.BARGAIN_HUNTER : Persona.REGULAR;
    }

    private boolean seasonal(double gapMean, double gapStd) {
        return gapMean >= rules.seasonalMinGapDays() && gapMean <= rules.seasonalMaxGapDays()
                && gapStd / gapMean <= rules.seasonalMaxCv(); // NaN gaps compare false
    }

    /** The value at position floor(q * (n - 1)) of the sorted values. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }
}
