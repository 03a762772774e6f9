package dev.clvops.training.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = FeatureStoreTestApplication.class, properties = "spring.batch.job.enabled=false")
class BuildFeaturesJobIT {

    private static final SnapshotRequest REQUEST = new SnapshotRequest(LocalDate.of(2024, 3, 31), 30);

    @Autowired
    FeatureStore store;

    @Autowired
    TrainingSetSource trainingSets;

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @BeforeEach
    void loadOrders() {
        TestDatabase.truncateAll();
        OrderFixture.orders(List.of(
                "o1,a,2024-01-05,10.00,books,web,ads,NL",
                "o2,a,2024-01-05,5.00,music,web,ads,NL",
                "o3,a,2024-02-19,20.00,books,store,mail,DE",
                "o4,a,2024-04-10,30.00,books,web,ads,NL",
                "o5,b,2024-03-01,7.50,,web,,FR",
                "o6,c,2024-04-02,99.00,books,web,ads,NL"));
        OrderFixture.returns(List.of("r1,a,2024-02-20,5.00", "r2,a,2024-04-11,2.50"));
        jdbc.update("INSERT INTO customers (customer_id, channel, first_run_id) "
                + "SELECT 'b', 'store', max(run_id) FROM ingest_runs");
    }

    @Test
    void buildsOneCompletedRowPerCustomerWhoseFirstOrderIsOnOrBeforeTheCutoff() {
        List<JobProgress> reports = new CopyOnWriteArrayList<>();

        FeatureSnapshot snapshot = store.build(REQUEST, reports::add);

        assertThat(snapshot.rowCount()).isEqualTo(2);
        assertThat(snapshot.featureSetVersion()).isEqualTo("fs-1");
        assertThat(snapshot.horizonDays()).isEqualTo(30);
        assertThat(jdbc.queryForList("SELECT customer_id FROM customer_features WHERE snapshot_id = ? "
                + "ORDER BY customer_id", String.class, snapshot.id().value())).containsExactly("a", "b");
        assertThat(store.latest()).contains(snapshot);
        assertThat(store.list()).containsExactly(snapshot);
        assertThat(reports.getLast().done()).isEqualTo(reports.getLast().total());
        assertThat(reports.getLast().unit()).isEqualTo("customers");
        assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution", String.class))
                .isEqualTo("COMPLETED");
    }

    @Test
    void givesTheSameChecksumWhenTheSameDataIsBuiltTwice() {
        FeatureSnapshot first = store.build(REQUEST, ProgressListener.NONE);
        FeatureSnapshot second = store.build(REQUEST, ProgressListener.NONE);
        jdbc.update("UPDATE orders SET order_value = 11.00 WHERE order_id = 'o1'");
        FeatureSnapshot changed = store.build(REQUEST, ProgressListener.NONE);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.checksum()).isEqualTo(first.checksum()).matches("[0-9a-f]{64}");
        assertThat(changed.checksum()).isNotEqualTo(first.checksum());
        assertThat(store.list()).containsExactly(changed, second, first);
    }

    @Test
    void exportsBtydColumnsFirstWithRecencyAndTInTheRequestedUnit(@TempDir Path dir) throws Exception {
        FeatureSnapshot snapshot = store.build(REQUEST, ProgressListener.NONE);

        long days = store.export(snapshot.id(), dir.resolve("days.csv"), TimeUnit.DAYS);
        store.export(snapshot.id(), dir.resolve("weeks.csv"), TimeUnit.WEEKS);

        List<String> inDays = Files.readAllLines(dir.resolve("days.csv"));
        List<String> inWeeks = Files.readAllLines(dir.resolve("weeks.csv"));
        assertThat(days).isEqualTo(2);
        assertThat(inDays.getFirst()).startsWith("customer_id,frequency,recency,T,monetary_value,total_spend,")
                .endsWith(",channel,acquisition_source,country,future_value,future_orders");
        assertThat(inDays.get(1)).startsWith("a,1,45.0,86.0,20.0,35.0,30.0,3,11.666666666666666,41.0,86.0,45.0,,")
                .endsWith(",2024-01-05,web,ads,NL,27.5,1");
        assertThat(inWeeks.get(1)).startsWith("a,1,6.428571428571429,12.285714285714286,20.0,");
        assertThat(inDays.get(2)).startsWith("b,0,0.0,30.0,0.0,7.5,7.5,1,7.5,30.0,30.0,,,")
                .endsWith(",0,0.0,7.5,2024-03-01,store,,FR,0.0,0");
    }

    @Test
    void servesTrainingSetsWithEncodedCategoriesAndNoTargetsForAsOfNowSnapshots() {
        FeatureSnapshot asOfNow = store.build(new SnapshotRequest(REQUEST.cutoff(), 0), ProgressListener.NONE);

        TrainingSet set = trainingSets.load(asOfNow.id(), TimeUnit.WEEKS);

        CustomerRow a = set.rows().getFirst();
        assertThat(set.featureNames()).startsWith("frequency", "recency", "T", "monetary_value")
                .contains("channel=web", "channel=store", "acquisition_source=ads", "country=NL", "country=FR");
        assertThat(a.customerId()).isEqualTo("a");
        assertThat(a.t()).isEqualTo(86 / 7.0);
        assertThat(a.features()[set.featureNames().indexOf("channel=web")]).isEqualTo(1.0);
        assertThat(a.features()[set.featureNames().indexOf("country=FR")]).isZero();
        assertThat(a.features()[set.featureNames().indexOf("ipt_std_days")]).isNaN();
        assertThat(a.hasTarget()).isFalse();
        assertThat(a.futureValue()).isNaN();
        assertThat(set.rows()).extracting(CustomerRow::futureOrders).containsOnly(-1);
    }

    @Test
    void neverShowsAFailedBuildAsAUsableSnapshot() {
        jdbc.execute("""
                CREATE FUNCTION refuse_features() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'disk full'; END $$""");
        jdbc.execute("CREATE TRIGGER refuse BEFORE INSERT ON customer_features FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_features()");
        try {
            assertThatThrownBy(() -> store.build(REQUEST, ProgressListener.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("disk full");
        } finally {
            jdbc.execute("DROP TRIGGER refuse ON customer_features");
            jdbc.execute("DROP FUNCTION refuse_features()");
        }

        assertThat(store.list()).isEmpty();
        assertThat(store.latest()).isEmpty();
        assertThat(jdbc.queryForList("SELECT status FROM feature_snapshots", String.class)).containsExactly("FAILED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_features", Long.class)).isZero();
    }
}
