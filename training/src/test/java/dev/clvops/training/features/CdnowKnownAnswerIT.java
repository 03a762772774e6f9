package dev.clvops.training.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Reproduces the published CDNOW calibration summary (Fader, Hardie and Lee 2005; lifetimes' dataset). */
@SpringBootTest(classes = FeatureStoreTestApplication.class, properties = "spring.batch.job.enabled=false")
class CdnowKnownAnswerIT {

    private static final Path SUMMARY =
            Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/cdnow_customers_summary_with_transactions.csv");

    @Autowired
    FeatureStore store;

    @Autowired
    TrainingSetSource trainingSets;

    @Test
    void reproducesThePublishedCalibrationSummaryAndHoldoutTotals() throws Exception {
        TestDatabase.truncateAll();
        OrderFixture.cdnowSample();

        FeatureSnapshot snapshot = store.build(new SnapshotRequest(LocalDate.of(1997, 9, 30), 273),
                ProgressListener.NONE);
        TrainingSet set = trainingSets.load(snapshot.id(), TimeUnit.WEEKS);

        Map<String, String> expected = expectedByMasterId();
        assertThat(snapshot.rowCount()).isEqualTo(2357);
        assertThat(set.rows()).hasSize(2357);
        for (CustomerRow row : set.rows()) {
            assertThat(summary(row)).as("customer %s", row.customerId()).isEqualTo(expected.get(row.customerId()));
        }
        assertThat(set.rows().stream().filter(r -> r.frequency() > 0).count()).isEqualTo(946);
        assertThat(set.rows().stream().mapToInt(CustomerRow::frequency).sum()).isEqualTo(2457);
        assertThat(set.rows().stream().mapToInt(CustomerRow::futureOrders).sum()).isEqualTo(1882);
    }

    private static String summary(CustomerRow row) {
        return row.frequency() + "," + twoDp(row.recency()) + "," + twoDp(row.t()) + "," + twoDp(row.monetaryValue());
    }

    /** Two decimals, half-up, trailing zeros dropped as in the published file. */
    private static String twoDp(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** The published rows keyed by master id (the file's ID is the sample id). */
    private static Map<String, String> expectedByMasterId() throws Exception {
        Map<String, String> masterBySample = new HashMap<>();
        for (String line : Files.readAllLines(OrderFixture.CDNOW_SAMPLE)) {
            String[] f = line.strip().split("\\s+");
            masterBySample.put(Integer.toString(Integer.parseInt(f[1])), Integer.toString(Integer.parseInt(f[0])));
        }
        Map<String, String> expected = new HashMap<>();
        List<String> lines = Files.readAllLines(SUMMARY);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split(",", 2);
            expected.put(masterBySample.get(f[0]), normalise(f[1]));
        }
        return expected;
    }

    private static String normalise(String values) {
        String[] f = values.split(",");
        return f[0] + "," + twoDp(Double.parseDouble(f[1])) + "," + twoDp(Double.parseDouble(f[2])) + ","
                + twoDp(Double.parseDouble(f[3]));
    }
}
