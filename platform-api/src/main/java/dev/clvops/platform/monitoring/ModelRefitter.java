package dev.clvops.platform.monitoring;

import dev.clvops.platform.features.SnapshotId;
import java.util.Map;
import java.util.Optional;

/**
 * Port: refits a registered model's family on the recent window of another snapshot, to compare fitted parameters
 * (parameter drift).
 */
public interface ModelRefitter {

    /**
     * The registered version's fitted parameters next to the same family refitted on the customers of
     * {@code snapshot} that fall in {@code window}; empty when the family has no parameters worth comparing (only
     * BTYD families do) or the window holds fewer than {@link RefitWindow#minCustomers()} customers.
     */
    Optional<ParameterRefit> refit(String family, int version, SnapshotId snapshot, RefitWindow window);

    /**
     * The recent window a family is refitted on: the customers acquired (first purchase) in the last {@code days}
     * days before the snapshot's cutoff, each with the whole of their purchases up to the cutoff. BTYD models
     * (BG/NBD, Pareto/NBD) describe a cohort whose clock starts at each customer's first purchase, so their recent
     * window is a recent acquisition cohort: cutting older customers' histories at the window start would break the
     * model (the start is no purchase, and customers who dropped out before it would pass for alive non-buyers).
     * The parameters then say how recently acquired customers buy (rate r, alpha), drop out (a, b) and spend
     * (Gamma-Gamma p, q, gamma); without a change they estimate the champion's, with wider error.
     *
     * @param days the window's length in days, at least 1
     * @param minCustomers fewest customers in the window worth refitting on, at least 1
     */
    record RefitWindow(int days, int minCustomers) {

        public RefitWindow {
            if (days < 1 || minCustomers < 1) {
                throw new IllegalArgumentException("refit window needs days >= 1 and minCustomers >= 1, got "
                        + days + ", " + minCustomers);
            }
        }
    }

    /**
     * @param trained the registered model's parameters by name
     * @param refitted the parameters fitted on the recent window
     * @param customers the customers in the recent window
     */
    record ParameterRefit(Map<String, Double> trained, Map<String, Double> refitted, int customers) {

        public ParameterRefit {
            trained = Map.copyOf(trained);
            refitted = Map.copyOf(refitted);
        }
    }
}
