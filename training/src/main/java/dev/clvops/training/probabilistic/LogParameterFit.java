package dev.clvops.training.probabilistic;

import java.util.function.ToDoubleFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maximises a log-likelihood over positive parameters with Hipparchus BOBYQA on their logarithms, so positivity
 * needs no constraint and parameters of very different scales are searched evenly.
 */
final class LogParameterFit {

    /** How far (in e-folds) a parameter may wander from its starting value. */
    private static final double LOG_RANGE = 12;
    private static final Logger LOG = LoggerFactory.getLogger(LogParameterFit.class);

    private LogParameterFit() {
    }

    /** The fitted parameters and their log-likelihood. */
    record Result(double[] parameters, double logLikelihood, int evaluations) {
    }

    static Result maximise(ToDoubleFunction<double[]> logLikelihood, double[] start, OptimiserSettings settings) {
        int n = start.length;
        double[] theta0 = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            theta0[i] = Math.log(start[i]);
            lower[i] = theta0[i] - LOG_RANGE;
            upper[i] = theta0[i] + LOG_RANGE;
        }
        ObjectiveFunction objective = new ObjectiveFunction(theta -> {
            double value = logLikelihood.applyAsDouble(exp(theta));
            return Double.isFinite(value) ? -value : Double.MAX_VALUE / 4;
        });
        BOBYQAOptimizer optimiser = new BOBYQAOptimizer(2 * n + 1, settings.initialRadius(), settings.stoppingRadius());
        PointValuePair best = optimiser.optimize(new MaxEval(settings.maxEvaluations()), objective,
                GoalType.MINIMIZE, new InitialGuess(theta0), new SimpleBounds(lower, upper));
        LOG.debug("BOBYQA converged after {} evaluations at log-likelihood {}", optimiser.getEvaluations(),
                -best.getValue());
        return new Result(exp(best.getPoint()), -best.getValue(), optimiser.getEvaluations());
    }

    private static double[] exp(double[] theta) {
        double[] out = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            out[i] = Math.exp(theta[i]);
        }
        return out;
    }
}
