package dev.clvops.ui.customer;

import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import java.util.Optional;

/** Looks customers up in the latest analytics run. */
class CustomerPresenter {

    private final CustomerAnalyticsReader reader;

    CustomerPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
    }

    boolean hasRun() {
        return reader.latestRun().isPresent();
    }

    /** The customer's analytics, empty when there is no run or no such customer in it. */
    Optional<CustomerAnalytics> find(String customerId) {
        return reader.latestRun().flatMap(run -> reader.customer(run.runId(), customerId.trim()));
    }
}
