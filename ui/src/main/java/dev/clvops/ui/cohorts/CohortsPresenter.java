package dev.clvops.ui.cohorts;

import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the latest run's cohorts and lays them out as heatmap cells, bars and decay curves. */
class CohortsPresenter {

    /** Decay curves shown at first: the latest cohorts with at least this many months after acquisition. */
    static final int DEFAULT_CURVES = 6;
    static final int DEFAULT_MONTHS = 4;
    private final CustomerAnalyticsReader reader;

    CohortsPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
    }

    Optional<CohortReport> cohorts() {
        return reader.latestRun().map(run -> reader.cohorts(run.runId()));
    }

    /** Heatmap cells [month offset, cohort index, retention] for every observed cohort month. */
    static List<List<Number>> retentionCells(CohortReport report) {
        List<List<Number>> cells = new ArrayList<>();
        for (int row = 0; row < report.cohorts().size(); row++) {
            List<Double> retention = report.cohorts().get(row).retention();
            for (int month = 0; month < retention.size(); month++) {
                cells.add(List.of(month, row, Math.round(retention.get(month) * 1000) / 1000.0));
            }
        }
        return cells;
    }

    /** Column labels M0 .. Mn for the longest cohort. */
    static List<String> monthLabels(CohortReport report) {
        int longest = report.cohorts().stream().mapToInt(cohort -> cohort.retention().size()).max().orElse(0);
        List<String> labels = new ArrayList<>();
        for (int month = 0; month < longest; month++) {
            labels.add("M" + month);
        }
        return labels;
    }

    /** The latest {@link #DEFAULT_CURVES} cohorts observed for {@link #DEFAULT_MONTHS}+ months, else the latest. */
    static List<String> defaultCurves(CohortReport report) {
        List<String> observed = report.cohorts().stream().filter(c -> c.retention().size() > DEFAULT_MONTHS)
                .map(CohortReport.Cohort::month).toList();
        List<String> pool = observed.isEmpty() ? report.cohorts().stream().map(CohortReport.Cohort::month).toList()
                : observed;
        return pool.subList(Math.max(0, pool.size() - DEFAULT_CURVES), pool.size());
    }

    /** Retention by months since acquisition of the chosen cohorts, oldest cohort first, from month 1 on. */
    static Map<String, List<Double>> decayCurves(CohortReport report, Collection<String> chosen) {
        Map<String, List<Double>> curves = new LinkedHashMap<>();
        report.cohorts().stream().filter(c -> chosen.contains(c.month()) && c.retention().size() > 1)
                .forEach(c -> curves.put(c.month(), c.retention().subList(1, c.retention().size())));
        return curves;
    }

    /** Labels M1 .. Mn for the longest of the curves. */
    static List<String> curveLabels(Map<String, List<Double>> curves) {
        int longest = curves.values().stream().mapToInt(List::size).max().orElse(0);
        List<String> labels = new ArrayList<>();
        for (int month = 1; month <= longest; month++) {
            labels.add("M" + month);
        }
        return labels;
    }

    /** The revenue a cohort brought in up to the cutoff. */
    static double revenueToDate(CohortReport.Cohort cohort) {
        return cohort.revenue().stream().mapToDouble(Double::doubleValue).sum();
    }
}
