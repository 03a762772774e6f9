package dev.clvops.platform.analytics;

import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Read side of customer analytics: everything a completed analytics run stored, for the UI and the REST API. Run
 * ids name a run; methods throw {@link IllegalArgumentException} for an unknown run.
 */
public interface CustomerAnalyticsReader {

    /** The latest completed run, if any. */
    Optional<AnalyticsRun> latestRun();

    /** A page of customers filtered by segment/tier/persona, sorted by predicted CLV (highest first). */
    CustomerPage customers(long runId, CustomerFilter filter);

    /** The analytics part of one customer's 360 view. */
    Optional<CustomerAnalytics> customer(long runId, String customerId);

    /** Customers and CLV per RFM segment. */
    List<SegmentSummary> segments(long runId);

    /** Customers and CLV per persona. */
    List<SegmentSummary> personas(long runId);

    /** Customers and CLV per value tier (empty without predictions). */
    List<SegmentSummary> tiers(long runId);

    ClusterReport clusters(long runId);

    CohortReport cohorts(long runId);

    ChurnOutlook churnOutlook(long runId);

    PlaybookReport playbook(long runId);

    AudienceReport audiences(long runId);

    /** Splits {@code total} over the run's audiences. */
    BudgetAllocation budget(long runId, double total);

    /** KPIs of the run's snapshot for an optional order-date range. */
    KpiReport kpis(long runId, @Nullable LocalDate from, @Nullable LocalDate to);

    /** Segment transitions from run {@code beforeRunId} to run {@code afterRunId}. */
    MovementMatrix movement(long beforeRunId, long afterRunId);

    /** Segment transitions from an uploaded past segmentation (CSV customer_id,segment) to a run. */
    MovementMatrix movementFromUpload(Reader csv, String fileName, long afterRunId);

    /** Customers that moved from segment {@code from} in one run to {@code to} in another, sorted by id. */
    List<String> movers(long beforeRunId, long afterRunId, String from, String to);

    /** Writes the filtered customer list (all pages) as CSV with a header; returns the rows written. */
    long exportCsv(long runId, CustomerFilter filter, Writer out);
}
