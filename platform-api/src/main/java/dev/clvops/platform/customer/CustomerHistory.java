package dev.clvops.platform.customer;

import java.util.List;
import java.util.Optional;

/** A customer's scored prediction, segment path and orders, as the customer 360 view shows them. */
public interface CustomerHistory {

    /** The prediction of the latest completed scoring run that scored the customer. */
    Optional<ScoredCustomer> latestPrediction(String customerId);

    /** The customer's segment, tier, persona and CLV in every completed analytics run, oldest first. */
    List<SegmentStep> segmentHistory(String customerId);

    /** How many orders the customer has placed. */
    long orderCount(String customerId);

    /** The customer's latest orders, newest first, at most {@link #ORDER_LIMIT}. */
    List<CustomerOrder> latestOrders(String customerId);

    /** The most orders {@link #latestOrders} returns. */
    int ORDER_LIMIT = 1000;
}
