package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.CustomerRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Gamma;

/** Distinct (x, m_x) pairs with their counts. */
record SpendGroups(int[] frequency, double[] spend, double[] logSpend, double[] weight, int maxFrequency) {

    private record Key(int frequency, double spend) {
    }

    static SpendGroups of(List<CustomerRow> rows) {
        Map<Key, int[]> counts = new HashMap<>();
        for (CustomerRow row : rows) {
            counts.computeIfAbsent(new Key(row.frequency(), row.monetaryValue()), k -> new int[1])[0]++;
        }
        int n = counts.size();
        SpendGroups groups = new SpendGroups(new int[n], new double[n], new double[n], new double[n],
                counts.keySet().stream().mapToInt(Key::frequency).max().orElseThrow());
        int i = 0;
        for (Map.Entry<Key, int[]> e : counts.entrySet()) {
            groups.frequency[i] = e.getKey().frequency();
            groups.spend[i] = e.getKey().spend();
            groups.logSpend[i] = Math.log(e.getKey().spend());
            groups.weight[i++] = e.getValue()[0];
        }
        return groups;
    }

    double meanSpend() {
        double total = 0;
        double count = 0;
        for (int j = 0; j < spend.length; j++) {
            total += weight[j] * spend[j];
            count += weight[j];
        }
        return total / count;
    }

    /**
     * Fader-Hardie 2013, the density of m_x given x: ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ
     * + (px−1) ln m_x + px ln x − (px+q) ln(γ + x m_x).
     */
    double logLikelihood(double[] parameters) {
        double p = parameters[0];
        double q = parameters[1];
        double gamma = parameters[2];
        double[] perFrequency = new double[maxFrequency + 1];
        double common = -Gamma.logGamma(q) + q * Math.log(gamma);
        for (int x = 1; x <= maxFrequency; x++) {
            perFrequency[x] = Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x) + p * x * Math.log(x) + common;
        }
        double total = 0;
        for (int j = 0; j < frequency.length; j++) {
            int x = frequency[j];
            total += weight[j] * (perFrequency[x] + (p * x - 1) * logSpend[j]
                    - (p * x + q) * Math.log(gamma + x * spend[j]));
        }
        return total;
    }
}
