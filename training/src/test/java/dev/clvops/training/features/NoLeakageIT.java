package dev.clvops.training.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Orders after the cutoff may change the targets, never a feature. */
@SpringBootTest(classes = FeatureStoreTestApplication.class, properties = "spring.batch.job.enabled=false")
class NoLeakageIT {

    private static final SnapshotRequest REQUEST = new SnapshotRequest(LocalDate.of(1997, 9, 30), 273);
    private static final String FEATURES = FeatureRow.COLUMNS.replace(", future_value, future_orders", "");

    @Autowired
    FeatureStore store;

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @Test
    void changingOrAddingOrdersAfterTheCutoffChangesOnlyTheTargets() throws Exception {
        TestDatabase.truncateAll();
        OrderFixture.cdnowSample();
        FeatureSnapshot before = store.build(REQUEST, ProgressListener.NONE);

        jdbc.update("INSERT INTO order_attributes (attributes_id, category) VALUES (1000, 'late')");
        jdbc.update("UPDATE orders SET order_value = order_value * 3 + 1, attributes_id = 1000 "
                + "WHERE order_date > '1997-09-30'");
        OrderFixture.orders(List.of("late-1,4,1997-10-01,50.00,new,web,ads,NL",
                "late-2,4,1997-10-01,25.00,new,app,tv,DE", "late-3,99999,1997-10-02,10.00,new,web,ads,NL",
                "late-4,18,1998-01-15,12.34,new,web,ads,NL"));
        OrderFixture.returns(List.of("late-r1,4,1997-12-24,3.00"));
        FeatureSnapshot after = store.build(REQUEST, ProgressListener.NONE);

        assertThat(after.rowCount()).isEqualTo(before.rowCount()).isEqualTo(2357);
        assertThat(features(after)).isEqualTo(features(before));
        assertThat(target(after, "4")).isNotEqualTo(target(before, "4"));
        assertThat(totalFutureValue(after)).isGreaterThan(totalFutureValue(before));
        assertThat(after.checksum()).isNotEqualTo(before.checksum());
    }

    private List<Map<String, Object>> features(FeatureSnapshot snapshot) {
        return jdbc.queryForList("SELECT " + FEATURES + " FROM customer_features WHERE snapshot_id = ? "
                + "ORDER BY customer_id", snapshot.id().value());
    }

    private Map<String, Object> target(FeatureSnapshot snapshot, String customer) {
        return jdbc.queryForMap("SELECT future_value, future_orders FROM customer_features "
                + "WHERE snapshot_id = ? AND customer_id = ?", snapshot.id().value(), customer);
    }

    private double totalFutureValue(FeatureSnapshot snapshot) {
        return jdbc.queryForObject("SELECT sum(future_value) FROM customer_features WHERE snapshot_id = ?",
                Double.class, snapshot.id().value());
    }
}
