package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.platform.analytics.SegmentationDetails.SegmentProfile;
import dev.clvops.reports.population.Population;
import dev.clvops.reports.rfm.RfmScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Exact per-segment and per-persona aggregates over every customer of a run, largest group first. */
final class SegmentProfiles {

    private SegmentProfiles() {
    }

    static List<SegmentProfile> segments(Population p, RfmScores rfm) {
        double[] clv = p.hasPredictions() ? p.requirePredictions().clv() : null;
        Map<String, double[]> sums = sums(p.size(), i -> rfm.segments()[i].label(), i -> new double[] {
                rfm.r()[i], rfm.f()[i], rfm.m()[i], p.orderCount()[i], p.totalSpend()[i], clv == null ? 0 : clv[i]});
        List<SegmentProfile> profiles = new ArrayList<>();
        sums.forEach((segment, s) -> {
            double n = s[6];
            profiles.add(new SegmentProfile(segment, (long) n, n / p.size(), s[0] / n, s[1] / n, s[2] / n,
                    s[3] / n, s[4] / n, clv == null ? null : s[5]));
        });
        profiles.sort(Comparator.comparingLong(SegmentProfile::customers).reversed()
                .thenComparing(SegmentProfile::segment));
        return profiles;
    }

    static List<SegmentSummary> groups(Population p, IntFunction<String> group) {
        double[] clv = p.hasPredictions() ? p.requirePredictions().clv() : null;
        Map<String, double[]> sums = sums(p.size(), group, i -> new double[] {clv == null ? 0 : clv[i]});
        List<SegmentSummary> summaries = new ArrayList<>();
        sums.forEach((name, s) -> summaries.add(new SegmentSummary(name, (long) s[1], s[1] / p.size(),
                clv == null ? null : s[0], clv == null ? null : s[0] / s[1])));
        summaries.sort(Comparator.comparingLong(SegmentSummary::customers).reversed()
                .thenComparing(SegmentSummary::name));
        return summaries;
    }

    /** Per group: the sums of the values, then the count as the last element. */
    private static Map<String, double[]> sums(int n, IntFunction<String> group, IntFunction<double[]> values) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double[] v = values.apply(i);
            double[] s = sums.computeIfAbsent(group.apply(i), key -> new double[v.length + 1]);
            for (int j = 0; j < v.length; j++) {
                s[j] += v[j];
            }
            s[v.length]++;
        }
        return sums;
    }
}
