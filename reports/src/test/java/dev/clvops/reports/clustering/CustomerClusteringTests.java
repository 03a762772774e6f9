package dev.clvops.reports.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.TestPopulations;
import org.junit.jupiter.api.Test;

class CustomerClusteringTests {

    @Test
    void assignsEveryCustomerAndLabelsTheBigSpendersHighValue() {
        int n = 600;
        double[] days = new double[n];
        double[] orders = new double[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            boolean vip = i % 6 == 0;
            days[i] = vip ? 5 + i % 7 : 300 + i % 50;
            orders[i] = vip ? 20 + i % 5 : 1 + i % 2;
            spend[i] = vip ? 5000 + i : 20 + i % 30;
        }
        Population p = TestPopulations.rfm(days, orders, spend);

        ClusteringResult r = new CustomerClustering(new ClusteringSettings(2, 5, 400, 200, 200, 100, 3L)).cluster(p);

        assertThat(r.kmeans()).hasSize(n);
        assertThat(r.report().chosenK()).isEqualTo(2);
        assertThat(r.report().clusters().getFirst().label()).isEqualTo("High value");
        assertThat(r.report().clusters().getFirst().customers()).isEqualTo(100);
        assertThat(r.kmeans()[0]).isZero();
        assertThat(r.ward()[0]).isNotEqualTo(r.ward()[1]);
        assertThat(r.report().wardSizes().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
        assertThat(r.report().features()).hasSize(3);
    }
}
