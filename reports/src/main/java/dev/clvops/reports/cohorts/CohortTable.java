package dev.clvops.reports.cohorts;

import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CohortReport.Cohort;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Retention, revenue and cumulative revenue per customer from cohort cells; month 0 gives the cohort size. */
public final class CohortTable {

    private CohortTable() {
    }

    public static CohortReport build(List<CohortCell> cells, YearMonth lastMonth,
                                     @Nullable Map<String, Double> predicted, int forecastMonths,
                                     @Nullable String forecastUnavailableReason) {
        Map<String, List<CohortCell>> byMonth = new LinkedHashMap<>();
        cells.stream().sorted(java.util.Comparator.comparing(CohortCell::month).thenComparingInt(CohortCell::offset))
                .forEach(c -> byMonth.computeIfAbsent(c.month(), m -> new ArrayList<>()).add(c));
        List<Cohort> cohorts = new ArrayList<>();
        byMonth.forEach((month, list) -> cohorts.add(cohort(month, list, lastMonth,
                predicted == null ? null : predicted.getOrDefault(month, 0.0))));
        return new CohortReport(cohorts, forecastMonths, forecastUnavailableReason);
    }

    private static Cohort cohort(String month, List<CohortCell> cells, YearMonth lastMonth,
                                 @Nullable Double predicted) {
        int months = (int) YearMonth.parse(month).until(lastMonth, java.time.temporal.ChronoUnit.MONTHS) + 1;
        long size = cells.getFirst().offset() == 0 ? cells.getFirst().active() : 0;
        double[] active = new double[months];
        double[] revenue = new double[months];
        for (CohortCell c : cells) {
            if (c.offset() < months) {
                active[c.offset()] = c.active();
                revenue[c.offset()] = c.revenue();
            }
        }
        List<Double> retention = new ArrayList<>();
        List<Double> revenues = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double sum = 0;
        for (int k = 0; k < months; k++) {
            sum += revenue[k];
            retention.add(size > 0 ? active[k] / size : 0);
            revenues.add(revenue[k]);
            cumulative.add(size > 0 ? sum / size : 0);
        }
        return new Cohort(month, size, retention, revenues, cumulative, predicted);
    }

    /** Predicted CLV per cohort month scaled from {@code horizonDays} to {@code months} (see the package). */
    public static Map<String, Double> predictedRevenue(long[] firstOrderDays, double[] clv, int horizonDays,
                                                       int months) {
        double scale = months * 30.4375 / horizonDays;
        Map<String, Double> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < clv.length; i++) {
            String month = YearMonth.from(java.time.LocalDate.ofEpochDay(firstOrderDays[i])).toString();
            byMonth.merge(month, clv[i] * scale, Double::sum);
        }
        return byMonth;
    }
}
