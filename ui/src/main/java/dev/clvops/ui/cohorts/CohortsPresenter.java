package dev.clvops.ui.cohorts;

import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the latest run's cohorts and lays their retention out as heatmap cells. */
class CohortsPresenter {

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
}
