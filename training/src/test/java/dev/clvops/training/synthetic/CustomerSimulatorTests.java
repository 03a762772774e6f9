package dev.clvops.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomerSimulatorTests {

    private static final PopulationParameters POPULATION = PopulationParameters.DEFAULT;
    private static final int CUSTOMERS = 20_000;
    private static final List<SimulatedCustomer> customers = new ArrayList<>();

    @BeforeAll
    static void simulate() {
        Timeline timeline = new Timeline(LocalDate.of(2023, 1, 1), 24, POPULATION.horizonDays());
        CustomerSimulator simulator = new CustomerSimulator(POPULATION, timeline, 42);
        for (long number = 1; number <= CUSTOMERS; number++) {
            customers.add(simulator.simulate(number));
        }
    }

    @Test
    void drawsPurchaseRatesFromThePopulationGamma() {
        double[] scaled = traits(traits -> traits.lambda() * POPULATION.alpha());

        assertThat(mean(traits(Traits::lambda)) / POPULATION.meanLambda()).isBetween(0.97, 1.03);
        assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new GammaDistribution(POPULATION.r(), 1), scaled)).isGreaterThan(0.01);
    }

    @Test
    void drawsDropoutFromThePopulationBeta() {
        double[] dropout = traits(Traits::p);

        assertThat(mean(dropout) / POPULATION.meanDropout()).isBetween(0.97, 1.03);
        assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new BetaDistribution(POPULATION.a(), POPULATION.b()), dropout)).isGreaterThan(0.01);
    }

    @Test
    void drawsSpendRatesFromThePopulationGamma() {
        double[] scaled = traits(traits -> traits.nu() * POPULATION.gamma());

        assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new GammaDistribution(POPULATION.q(), 1), scaled)).isGreaterThan(0.01);
    }

    @Test
    void makesParametersDependOnAttributes() {
        double appRate = meanOf(c -> c.attributes().channel().equals("app"), c -> c.traits().lambda());
        double marketplaceRate = meanOf(c -> c.attributes().channel().equals("marketplace"), c -> c.traits().lambda());
        double marketplaceDropout = meanOf(c -> c.attributes().channel().equals("marketplace"), c -> c.traits().p());
        double webDropout = meanOf(c -> c.attributes().channel().equals("web"), c -> c.traits().p());
        double electronicsSpend = meanOf(c -> c.attributes().preferredCategory().equals("electronics"),
                c -> POPULATION.spendShape() / c.traits().nu());
        double booksSpend = meanOf(c -> c.attributes().preferredCategory().equals("books"),
                c -> POPULATION.spendShape() / c.traits().nu());

        assertThat(appRate).isGreaterThan(1.5 * marketplaceRate);
        assertThat(marketplaceDropout).isGreaterThan(1.2 * webDropout);
        assertThat(electronicsSpend).isGreaterThan(1.3 * booksSpend);
    }

    @Test
    void dropsOutOnlyAfterRepeatPurchasesAndStopsBuyingAfterwards() {
        assertThat(customers).filteredOn(c -> !c.aliveAtEnd()).allSatisfy(c -> assertThat(c.purchases()).hasSizeGreaterThan(1));
        assertThat(customers).filteredOn(c -> c.purchases().size() == 1).allSatisfy(c -> assertThat(c.aliveAtEnd()).isTrue());
        double meanOrders = customers.stream().mapToInt(c -> c.purchases().size()).average().orElseThrow();
        assertThat(meanOrders).isBetween(2.0, 8.0);
    }

    @Test
    void drawsOrderValuesWithTheCustomersGammaGammaMean() {
        double ratio = customers.stream().flatMap(c -> c.purchases().stream()
                .map(purchase -> purchase.value() / (POPULATION.spendShape() / c.traits().nu())))
                .mapToDouble(Double::doubleValue).average().orElseThrow();

        assertThat(ratio).isBetween(0.98, 1.02);
    }

    private static double[] traits(ToDoubleFunction<Traits> parameter) {
        return customers.stream().map(SimulatedCustomer::traits).mapToDouble(parameter).toArray();
    }

    private static double meanOf(Predicate<SimulatedCustomer> group, ToDoubleFunction<SimulatedCustomer> value) {
        return customers.stream().filter(group).mapToDouble(value).average().orElseThrow();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
