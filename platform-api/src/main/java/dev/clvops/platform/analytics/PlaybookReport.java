package dev.clvops.platform.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The retention playbook: value tier x segment cells with their recommended action and economics, and the top
 * targets ranked by expected net gain.
 *
 * @param cells             one per (tier, segment) with customers
 * @param targets           the best customers to contact, highest net gain first
 * @param unavailableReason why the playbook is empty (no predictions), null otherwise
 */
public record PlaybookReport(List<Cell> cells, List<Target> targets, @Nullable String unavailableReason) {

    public PlaybookReport {
        cells = List.copyOf(cells);
        targets = List.copyOf(targets);
    }

    /**
     * Economics of one cell: CLV at stake, expected uplift (response rate x CLV), campaign cost and net ROI
     * ((uplift - cost) / cost).
     */
    public record Cell(String tier, String segment, String action, long customers, double clvAtStake,
                       double expectedUplift, double cost, double roi) {
    }

    /** One customer to contact; {@code net} = uplift - cost. */
    public record Target(String customerId, String tier, String segment, String action, double clv, double uplift,
                         double cost, double net) {
    }
}
