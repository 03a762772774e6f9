package dev.clvops.training.arena;

import java.util.List;

/**
 * What the data-health gate found in a training set.
 *
 * @param findings every check, in the order run
 * @param families a recommendation per family
 */
public record DataHealthReport(List<HealthFinding> findings, List<FamilyRecommendation> families) {

    public DataHealthReport {
        findings = List.copyOf(findings);
        families = List.copyOf(families);
    }

    public List<String> recommendedFamilies() {
        return families.stream().filter(FamilyRecommendation::recommended).map(FamilyRecommendation::family).toList();
    }

    public HealthFinding finding(String check) {
        return findings.stream().filter(f -> f.check().equals(check)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no data-health check named " + check));
    }
}
