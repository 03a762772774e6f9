package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.training.arena.DataHealthReport;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one {@code train-clv} run.
 *
 * @param runId the {@code training_runs} id
 * @param status {@code COMPLETED}, or {@code COMPLETED_REGISTRY_PENDING} when registrations were queued
 * @param snapshot the holdout snapshot (its features fit the BTYD families, its targets score every family)
 * @param gate the data-health gate's findings and recommendations
 * @param families every requested family, in request order
 * @param primaryMetric the arena's metric, e.g. {@code normalized_gini}
 * @param champion the arena's best family on the holdout, or null when no family reached the arena
 * @param decisions the promotion gate's decisions, one per registered family
 * @param registryStatus {@code READY}, or {@code PENDING: <error>} when the registry was unreachable
 */
public record TrainingReport(long runId, String status, FeatureSnapshot snapshot, DataHealthReport gate,
                             Map<String, FamilyReport> families, String primaryMetric, @Nullable String champion,
                             List<PromotionDecision> decisions, String registryStatus) {

    public TrainingReport {
        families = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(families));
        decisions = List.copyOf(decisions);
    }
}
