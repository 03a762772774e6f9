package dev.clvops.platform.analytics;

import java.util.List;

/**
 * One page of a customer list.
 *
 * @param rows  the customers on this page
 * @param total customers matching the filter
 * @param page  zero-based page
 * @param size  requested page size
 */
public record CustomerPage(List<CustomerAnalytics> rows, long total, int page, int size) {

    public CustomerPage {
        rows = List.copyOf(rows);
    }
}
