package dev.clvops.reports.content;

import dev.clvops.reports.facts.ReportFacts;
import org.jspecify.annotations.Nullable;

/**
 * The headline figures of one report run, kept so the next report can show the change.
 *
 * @param customers         customers with an order up to the cutoff
 * @param revenue           order value up to the cutoff
 * @param orders            orders up to the cutoff
 * @param averageOrderValue revenue / orders
 * @param repeatRate        share of customers with two or more orders
 * @param totalClv          total predicted CLV, null without predictions
 * @param lowAliveShare     share of customers (with a P(alive)) below 0.3
 * @param overdue           overdue customers
 */
public record HeadlineKpis(long customers, double revenue, long orders, double averageOrderValue, double repeatRate,
                           @Nullable Double totalClv, double lowAliveShare, long overdue) {

    public static HeadlineKpis of(ReportFacts facts) {
        var k = facts.kpis();
        var c = facts.customers();
        return new HeadlineKpis(k.customers(), k.revenue(), k.orders(), k.averageOrderValue(), k.repeatRate(),
                c.totalClv(), c.withPAlive() == 0 ? 0 : (double) c.lowAlive() / c.withPAlive(), c.overdue());
    }
}
