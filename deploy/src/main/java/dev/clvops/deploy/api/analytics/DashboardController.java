package dev.clvops.deploy.api.analytics;

import dev.clvops.deploy.api.ApiSettings;
import dev.clvops.deploy.api.LatestAnalyticsRun;
import dev.clvops.deploy.api.Problems;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.BudgetAllocation;
import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.SegmentSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "dashboards", description = "KPIs, dashboard summary and budget allocation")
class DashboardController {

    private final CustomerAnalyticsReader reader;
    private final LatestAnalyticsRun latest;
    private final ApiSettings settings;

    DashboardController(CustomerAnalyticsReader reader, LatestAnalyticsRun latest, ApiSettings settings) {
        this.reader = reader;
        this.latest = latest;
        this.settings = settings;
    }

    /** The dashboard: the run, its KPIs, segments, tiers, churn outlook and audiences. */
    record Dashboard(AnalyticsRun run, KpiReport kpis, List<SegmentSummary> segments, List<SegmentSummary> tiers,
                     ChurnOutlook churnOutlook, AudienceReport audiences) {
    }

    @GetMapping("/kpis")
    @Operation(summary = "KPIs of the latest run's snapshot for an optional order-date range (yyyy-MM-dd)")
    KpiReport kpis(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Problems.invalid("from", "must not be after to (" + from + " > " + to + ")");
        }
        return reader.kpis(latest.requireId(), from, to);
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Dashboard summary of the latest analytics run")
    Dashboard dashboard() {
        AnalyticsRun run = latest.require();
        long id = run.runId();
        return new Dashboard(run, reader.kpis(id, null, null), reader.segments(id), reader.tiers(id),
                reader.churnOutlook(id), reader.audiences(id));
    }

    @GetMapping("/budget-allocation")
    @Operation(summary = "Splits a total marketing budget over the CLV audiences")
    BudgetAllocation budget(@RequestParam("total_budget") double totalBudget) {
        if (!(totalBudget > 0) || totalBudget > settings.maxBudget()) {
            throw Problems.invalid("total_budget", "must be > 0 and at most " + settings.maxBudget()
                    + " (got " + totalBudget + ")");
        }
        return reader.budget(latest.requireId(), totalBudget);
    }
}
