package dev.clvops.training.probabilistic;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The CDNOW calibration summary of Fader, Hardie & Lee (2005), in weeks, as a training set. */
final class Cdnow {

    static final Path SUMMARY = Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/cdnow_customers_summary_with_transactions.csv");

    private static final TrainingSet SET = read();

    private Cdnow() {
    }

    static TrainingSet trainingSet() {
        return SET;
    }

    static CustomerRow customer(String id) {
        return SET.rows().stream().filter(row -> row.customerId().equals(id)).findFirst().orElseThrow();
    }

    private static TrainingSet read() {
        try {
            List<CustomerRow> rows = Files.readAllLines(SUMMARY).stream().skip(1)
                    .map(String::strip).filter(line -> !line.isEmpty()).map(Cdnow::row).toList();
            return set(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TrainingSet set(List<CustomerRow> rows) {
        return new TrainingSet(new SnapshotId(1), LocalDate.of(1997, 9, 30), 273, "cdnow-summary", TimeUnit.WEEKS,
                List.of(), rows);
    }

    static CustomerRow row(String id, int x, double tx, double t, double zbar) {
        return new CustomerRow(id, x, tx, t, zbar, new double[0], Double.NaN, -1);
    }

    private static CustomerRow row(String line) {
        String[] f = line.split(",");
        return row(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4]));
    }
}
