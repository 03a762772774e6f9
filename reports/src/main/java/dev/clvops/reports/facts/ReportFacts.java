package dev.clvops.reports.facts;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.PlaybookReport;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Everything one analytics run's reports show.
 *
 * @param run       the analytics run
 * @param cutoff    the snapshot cutoff
 * @param dataUpTo  the latest order date up to the cutoff, null without orders
 * @param kpis      the KPIs stored with the run (all orders up to the cutoff)
 * @param cohorts   acquisition cohorts
 * @param churn     the churn outlook
 * @param playbook  the retention playbook
 * @param customers per-customer aggregates
 * @param model     the model behind the predictions
 */
public record ReportFacts(AnalyticsRun run, LocalDate cutoff, @Nullable LocalDate dataUpTo, KpiReport kpis,
                          CohortReport cohorts, ChurnOutlook churn, PlaybookReport playbook,
                          CustomerAggregates customers, ModelHealth model) {

    public boolean hasPredictions() {
        return customers.totalClv() != null;
    }
}
