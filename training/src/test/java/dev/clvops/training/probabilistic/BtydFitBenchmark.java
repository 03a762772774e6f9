package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.TrainingSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times BG/NBD + Gamma-Gamma fitting on a synthetic 1M-customer set (days, whole-day recency and T, spend in
 * cents). A plain main, not a test: surefire runs only {@code *Tests}. Run from the training module with
 * {@code java -cp target/classes:target/test-classes:<deps> dev.clvops.training.probabilistic.BtydFitBenchmark}.
 * Prints wall-clock and CPU time (the fit is single-threaded, so CPU time is what an idle core would take).
 */
public final class BtydFitBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BtydFitBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TrainingSet set = Cdnow.set(new BgNbdSimulator(0.8, 20, 0.6, 2.5).customers(customers, 200, 700, 7));
        long groupingCpu = THREADS.getCurrentThreadCpuTime();
        RfmGroups groups = RfmGroups.of(set.rows());
        System.out.printf("grouping CPU %.2f s%n", (THREADS.getCurrentThreadCpuTime() - groupingCpu) / 1e9);
        SpendGroups spendGroups = SpendGroups.of(set.rows().stream().filter(row -> row.frequency() > 0).toList());
        System.out.printf("%d customers: %d distinct (x, t_x, T) groups, %d distinct (x, m_x) groups%n", customers,
                groups.size(), spendGroups.frequency().length);
        var bgNbd = LogParameterFit.maximise(new BgNbdTrainer.Likelihood(groups)::at, new double[] {1, 20, 1, 1},
                OptimiserSettings.DEFAULT);
        var gammaGamma = LogParameterFit.maximise(spendGroups::logLikelihood, new double[] {1, 2, 50},
                OptimiserSettings.DEFAULT);
        System.out.printf("evaluations: BG/NBD %d, Gamma-Gamma %d%n", bgNbd.evaluations(), gammaGamma.evaluations());
        long likelihoodCpu = THREADS.getCurrentThreadCpuTime();
        new BgNbdTrainer.Likelihood(groups).at(new double[] {0.8, 20, 0.6, 2.5});
        System.out.printf("one BG/NBD likelihood CPU %.4f s%n", (THREADS.getCurrentThreadCpuTime() - likelihoodCpu) / 1e9);
        for (int run = 1; run <= 3; run++) {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            BgNbdModel transactions = new BgNbdTrainer().fit(set);
            long bgNbdCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            GammaGammaModel spend = new GammaGammaTrainer().fit(set);
            System.out.printf("run %d: wall %.2f s, CPU %.2f s (BG/NBD %.2f s); %s %s%n", run,
                    (System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
                    bgNbdCpu / 1e9, transactions.parameters(), spend.parameters());
        }
    }
}
