package dev.clvops.ui.customer;

import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.customer.CustomerHistory;
import java.util.Optional;

/** Looks customers up in the latest analytics run, the latest scoring run and their orders. */
class CustomerPresenter {

    private final CustomerAnalyticsReader reader;
    private final CustomerHistory history;

    CustomerPresenter(CustomerAnalyticsReader reader, CustomerHistory history) {
        this.reader = reader;
        this.history = history;
    }

    boolean hasRun() {
        return reader.latestRun().isPresent();
    }

    /** Everything known of the customer; empty when neither the latest analytics run nor any order knows them. */
    Optional<Customer360> find(String customerId) {
        String id = customerId.trim();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        var analytics = reader.latestRun().flatMap(run -> reader.customer(run.runId(), id));
        long orderCount = history.orderCount(id);
        if (analytics.isEmpty() && orderCount == 0) {
            return Optional.empty();
        }
        return Optional.of(new Customer360(id, analytics.orElse(null), history.latestPrediction(id).orElse(null),
                history.segmentHistory(id), orderCount, history.latestOrders(id)));
    }
}
