package dev.clvops.deploy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.monitoring.driftcheck.MonitorSettings;
import dev.clvops.monitoring.driftcheck.ParameterShift;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.monitoring.ModelRefitter.ParameterRefit;
import dev.clvops.platform.monitoring.ModelRefitter.RefitWindow;
import dev.clvops.training.probabilistic.BtydClvTrainer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

/**
 * Parameter drift on simulated BG/NBD customers (Fader-Hardie-Lee 2005, §3: Poisson purchases at λ ~ Gamma(r, α),
 * dropout p ~ Beta(a, b) after each repeat purchase) acquired evenly over two years; the champion is fitted on a
 * population that never changed.
 */
class BtydModelRefitterTests {

    private static final RefitWindow LAST_YEAR = new RefitWindow(365, 500);
    private static final double TOLERANCE = MonitorSettings.defaults().parameterTolerance();
    private static final List<String> TRANSACTION_PARAMETERS = List.of("r", "alpha", "a", "b");
    private static final ClvModel CHAMPION = BtydClvTrainer.bgNbd().fit(population(1, 1));

    @Test
    void reportsParameterDriftWhenCustomersAcquiredInTheWindowBuyThreeTimesAsOften() {
        TrainingSet current = population(3, 2);

        ParameterRefit refit = refit(current, LAST_YEAR);

        assertThat(refit.customers()).isEqualTo(BtydModelRefitter.recentCohort(current, 365).rows().size())
                .isBetween(1_800, 2_200);
        assertThat(shift(refit, "alpha").alert()).as(refit.toString()).isTrue();
        assertThat(shift(refit, "alpha").refitted()).isLessThan(shift(refit, "alpha").trained());
    }

    @Test
    void reportsNoParameterDriftWhenCustomersAcquiredInTheWindowBuyAsBefore() {
        ParameterRefit refit = refit(population(1, 3), LAST_YEAR);

        assertThat(TRANSACTION_PARAMETERS).as(refit.toString())
                .noneMatch(parameter -> shift(refit, parameter).alert());
    }

    @Test
    void theWholeSnapshotDilutesTheChangeThatTheRecentWindowShows() {
        TrainingSet current = population(3, 2);

        double recent = shift(refit(current, LAST_YEAR), "alpha").relativeChange();
        double whole = shift(refit(current, new RefitWindow(10_000, 500)), "alpha").relativeChange();

        assertThat(whole).isLessThan(recent);
    }

    @Test
    void refitsOnlyCustomersWhoseFirstPurchaseIsInsideTheWindow() {
        TrainingSet current = population(1, 4);

        TrainingSet recent = BtydModelRefitter.recentCohort(current, 365);

        assertThat(recent.rows()).allMatch(row -> row.t() < 365)
                .hasSize((int) current.rows().stream().filter(row -> row.t() < 365).count());
        assertThat(recent.cutoff()).isEqualTo(current.cutoff());
    }

    @Test
    void skipsAWindowWithFewerCustomersThanTheMinimum() {
        var refit = BtydModelRefitter.refit(CHAMPION, BtydClvTrainer.bgNbd(), population(1, 5),
                new RefitWindow(30, 500));

        assertThat(refit).isEmpty();
    }

    private static ParameterRefit refit(TrainingSet current, RefitWindow window) {
        return BtydModelRefitter.refit(CHAMPION, BtydClvTrainer.bgNbd(), current, window).orElseThrow();
    }

    private static ParameterShift shift(ParameterRefit refit, String parameter) {
        return ParameterShift.of(parameter, refit.trained().get(parameter), refit.refitted().get(parameter),
                TOLERANCE);
    }

    /**
     * 4,000 customers acquired evenly over 730 days before the cutoff, r = 0.8, α = 40 days, a = 0.8, b = 2.5;
     * those acquired in the last 365 days buy {@code recentRateFactor} times as often.
     */
    private static TrainingSet population(double recentRateFactor, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<CustomerRow> rows = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            double age = Math.rint(random.nextUniform(0, 730));
            double factor = age < 365 ? recentRateFactor : 1;
            rows.add(customer("c" + i, age, factor * random.nextGamma(0.8, 1 / 40.0), random.nextBeta(0.8, 2.5),
                    random));
        }
        return new TrainingSet(new SnapshotId(seed), LocalDate.of(2026, 11, 1), 0, "test", TimeUnit.DAYS, List.of(),
                rows);
    }

    /** Repeat purchases until dropout or the cutoff; mean spend Gamma-Gamma with p = 6, q = 4, γ = 15. */
    private static CustomerRow customer(String id, double age, double lambda, double p, RandomDataGenerator random) {
        int x = 0;
        double last = 0;
        for (double time = random.nextExponential(1 / lambda); time <= age;
                time += random.nextExponential(1 / lambda)) {
            x++;
            last = Math.rint(time);
            if (random.nextUniform(0, 1) < p) {
                break;
            }
        }
        double spend = x == 0 ? 0 : random.nextGamma(6.0 * x, 1 / (x * random.nextGamma(4, 1 / 15.0)));
        return new CustomerRow(id, x, last, age, Math.rint(100 * spend) / 100, new double[0], Double.NaN, -1);
    }
}
