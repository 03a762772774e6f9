package dev.clvops.deploy.api.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryFeaturesTests {

    private static final CustomerSummary SUMMARY = new CustomerSummary("c1", 5, 500.0, 100.0, 350.0, 14.0, 3,
            "ads", 0.1, null, "DE", Map.of("orders_90d", 2.0));

    @Test
    void mapsBtydInputsInTheModelsUnit() {
        CustomerRow row = new SummaryFeatures(List.of(), TimeUnit.WEEKS).row(SUMMARY);

        assertThat(row.frequency()).isEqualTo(4);
        assertThat(row.recency()).isEqualTo(48.0);
        assertThat(row.t()).isEqualTo(50.0);
        assertThat(row.monetaryValue()).isEqualTo(100.0);
    }

    @Test
    void mapsMlFeaturesByNameAndDefaultsTheRest() {
        List<String> names = List.of("net_spend", "orders_90d", "ipt_mean_days", "acquisition_source=ads",
                "acquisition_source=email", "country=other", "channel=web");
        SummaryFeatures features = new SummaryFeatures(names, TimeUnit.DAYS);

        double[] vector = features.row(SUMMARY).features();

        assertThat(vector).containsExactly(450.0, 2.0, Double.NaN, 1.0, 0.0, 1.0, 0.0);
        assertThat(features.defaulted(SUMMARY)).containsExactly("ipt_mean_days");
    }

    @Test
    void aSingleOrderHasNoRepeatSpend() {
        CustomerSummary once = new CustomerSummary(null, 1, 80.0, 80.0, 30.0, 30.0, 1, "ads", 0.0, null, null, null);

        CustomerRow row = new SummaryFeatures(List.of(), TimeUnit.DAYS).row(once);

        assertThat(row.frequency()).isZero();
        assertThat(row.monetaryValue()).isZero();
        assertThat(row.customerId()).isEqualTo("request");
    }

    @Test
    void namesEveryMissingOrInvalidField() {
        CustomerSummary bad = new CustomerSummary(null, 0, -1.0, null, 10.0, 20.0, 1, " ", 1.5, null, null, null);

        assertThat(bad.problems()).containsOnlyKeys("total_orders", "total_spent", "avg_order_value",
                "days_since_last_purchase", "acquisition_source", "return_rate");
    }
}
