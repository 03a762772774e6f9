package dev.clvops.deploy.api.customers;

import dev.clvops.platform.customer.CustomerHistory;
import dev.clvops.platform.customer.CustomerOrder;
import dev.clvops.platform.customer.ScoredCustomer;
import dev.clvops.platform.customer.SegmentStep;
import dev.clvops.platform.customer.ShapFactor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The customer 360 port over the same queries the REST API's customer 360 answers from, as typed records. */
@Component
class Customer360History implements CustomerHistory {

    private final Customer360Queries queries;

    Customer360History(Customer360Queries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<ScoredCustomer> latestPrediction(String customerId) {
        return Optional.ofNullable(queries.prediction(customerId)).map(Customer360History::scored);
    }

    @Override
    public List<SegmentStep> segmentHistory(String customerId) {
        return queries.segmentHistory(customerId).stream().map(row -> new SegmentStep(
                ((Number) row.get("run_id")).longValue(), (Instant) row.get("created_at"), (String) row.get("segment"),
                (String) row.get("rfm_code"), (String) row.get("tier"), (String) row.get("persona"),
                number(row.get("clv")))).toList();
    }

    @Override
    public long orderCount(String customerId) {
        return queries.orderCount(customerId);
    }

    @Override
    public List<CustomerOrder> latestOrders(String customerId) {
        return queries.orders(customerId).stream().map(row -> new CustomerOrder((String) row.get("order_id"),
                (LocalDate) row.get("order_date"), ((Number) row.get("order_value")).doubleValue(),
                (String) row.get("channel"), (String) row.get("category"))).toList();
    }

    private static ScoredCustomer scored(Map<String, Object> row) {
        return new ScoredCustomer((String) row.get("family"), ((Number) row.get("model_version")).intValue(),
                ((Number) row.get("horizon_days")).intValue(), ((Number) row.get("clv")).doubleValue(),
                number(row.get("clv_p10")), number(row.get("clv_p90")), number(row.get("p_alive")),
                number(row.get("expected_purchases")), factors(row.get("top_factors")));
    }

    private static List<ShapFactor> factors(@Nullable Object json) {
        if (!(json instanceof JsonNode array) || !array.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(array.spliterator(), false).map(factor -> new ShapFactor(
                factor.get("feature").asString(), factor.get("value").isNumber() ? factor.get("value").asDouble()
                : null, factor.get("contribution").asDouble())).toList();
    }

    private static @Nullable Double number(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
