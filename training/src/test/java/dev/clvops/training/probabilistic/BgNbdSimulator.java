package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.CustomerRow;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;

/** Simulates customers from the BG/NBD story (FHL 2005, §3): Poisson purchases at λ, dropout p after each repeat. */
final class BgNbdSimulator {

    private final double r;
    private final double alpha;
    private final double a;
    private final double b;

    BgNbdSimulator(double r, double alpha, double a, double b) {
        this.r = r;
        this.alpha = alpha;
        this.a = a;
        this.b = b;
    }

    /** Customers whose T is uniform on [minAge, maxAge]; ages rounded to whole days when {@code days}. */
    List<CustomerRow> customers(int count, double minAge, double maxAge, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<CustomerRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(customer(Integer.toString(i), random, Math.rint(random.nextUniform(minAge, maxAge))));
        }
        return rows;
    }

    private CustomerRow customer(String id, RandomDataGenerator random, double age) {
        double lambda = random.nextGamma(r, 1 / alpha);
        double p = random.nextBeta(a, b);
        int x = 0;
        double last = 0;
        double time = random.nextExponential(1 / lambda);
        while (time <= age) {
            x++;
            last = Math.rint(time);
            if (random.nextUniform(0, 1) < p) {
                break;
            }
            time += random.nextExponential(1 / lambda);
        }
        return new CustomerRow(id, x, x > 0 ? last : 0, age, meanSpend(random, x), new double[0], Double.NaN, -1);
    }

    /** Gamma-Gamma spend (Fader-Hardie 2013) with p = 6, q = 4, γ = 15: ν ~ Gamma(q, γ), mean of x ~ Gamma(px, xν). */
    private static double meanSpend(RandomDataGenerator random, int x) {
        if (x == 0) {
            return 0;
        }
        double nu = random.nextGamma(4, 1 / 15.0);
        return Math.rint(100 * random.nextGamma(6.0 * x, 1 / (x * nu))) / 100;
    }
}
