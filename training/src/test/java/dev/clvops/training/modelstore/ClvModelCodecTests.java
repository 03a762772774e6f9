package dev.clvops.training.modelstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.training.baseline.HistoricalBaselineTrainer;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.probabilistic.BtydClvTrainer;
import dev.clvops.training.probabilistic.DiscountSchedule;
import dev.clvops.training.probabilistic.GammaGammaTrainer;
import dev.clvops.training.probabilistic.OptimiserSettings;
import dev.clvops.training.probabilistic.ParetoNbdTrainer;
import dev.clvops.training.xgboost.XgboostClvTrainer;
import dev.clvops.training.xgboost.XgboostHyperParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClvModelCodecTests {

    private static final Path CDNOW = Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/cdnow_customers_summary_with_transactions.csv");
    private static final TrainingSet SET = cdnow();
    private static final List<CustomerRow> SAMPLE = SET.rows().subList(0, 300);
    private static final ClvSettings DISCOUNTED = new ClvSettings(0.1, 0.3);

    @Test
    void bgNbdDecodesToAModelWithIdenticalParametersAndPredictions() {
        ClvModel model = BtydClvTrainer.bgNbd().fit(SET);

        ClvModel decoded = roundTrip(model);

        assertThat(decoded.family()).isEqualTo("bgnbd");
        assertThat(decoded.parameters()).isEqualTo(model.parameters());
        assertThat(decoded.provenance()).isEqualTo(model.provenance());
        assertThat(predictions(decoded, 39)).isEqualTo(predictions(model, 39));
    }

    @Test
    void paretoNbdDecodesToAModelWithIdenticalPredictionsIncludingItsMonteCarloInterval() {
        ClvModel model = new BtydClvTrainer(new ParetoNbdTrainer(OptimiserSettings.DEFAULT, 200),
                new GammaGammaTrainer(), new DiscountSchedule(7)).fit(SET);

        ClvModel decoded = roundTrip(model);

        assertThat(decoded.family()).isEqualTo("paretonbd");
        assertThat(((BtydClvModel) decoded).schedule().stepDays()).isEqualTo(7);
        assertThat(decoded.parameters()).isEqualTo(model.parameters());
        assertThat(predictions(decoded, 39)).isEqualTo(predictions(model, 39));
    }

    @Test
    void baselineDecodesToAModelWithIdenticalPredictions() {
        ClvModel model = new HistoricalBaselineTrainer().fit(SET);

        ClvModel decoded = roundTrip(model);

        assertThat(decoded.family()).isEqualTo("baseline");
        assertThat(decoded.parameters()).isEqualTo(model.parameters());
        assertThat(predictions(decoded, 39)).isEqualTo(predictions(model, 39));
    }

    @Test
    void xgboostDecodesToAModelWithIdenticalPredictions() {
        XgboostHyperParameters hyper = XgboostHyperParameters.defaults().withRounds(20, 0);
        ClvModel model = new XgboostClvTrainer(hyper).fit(SET);

        ClvModel decoded = roundTrip(model);

        assertThat(decoded.family()).isEqualTo("xgboost");
        assertThat(decoded.provenance()).isEqualTo(model.provenance());
        assertThat(predictions(decoded, SET.horizonDays())).isEqualTo(predictions(model, SET.horizonDays()));
    }

    @Test
    void refusesBytesOfAnotherFamilyOrFormat() {
        byte[] baseline = ClvModelCodec.encode(new HistoricalBaselineTrainer().fit(SET)).bytes();
        byte[] bgNbd = ClvModelCodec.encode(BtydClvTrainer.bgNbd().fit(SET)).bytes();

        assertThatThrownBy(() -> ClvModelCodec.decode("bgnbd", baseline))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clvops-btyd-1");
        assertThatThrownBy(() -> ClvModelCodec.decode("paretonbd", bgNbd))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bgnbd model, not paretonbd");
        assertThatThrownBy(() -> ClvModelCodec.decode("gammagamma", bgNbd))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gammagamma");
    }

    private static ClvModel roundTrip(ClvModel model) {
        ModelArtifact artifact = ClvModelCodec.encode(model);
        assertThat(artifact.fileName()).isEqualTo(ClvModelCodec.FILE_NAME);
        return ClvModelCodec.decode(model.family(), artifact.bytes());
    }

    private static List<CustomerPrediction> predictions(ClvModel model, int horizonDays) {
        return model.predictAll(SAMPLE, horizonDays, DISCOUNTED);
    }

    /** The CDNOW calibration summary in weeks, with its columns as features and a made-up but fixed target. */
    private static TrainingSet cdnow() {
        try {
            List<CustomerRow> rows = Files.readAllLines(CDNOW).stream().skip(1).map(String::strip)
                    .filter(line -> !line.isEmpty()).map(ClvModelCodecTests::row).toList();
            return new TrainingSet(new SnapshotId(1), LocalDate.of(1997, 9, 30), 273, "cdnow-summary",
                    TimeUnit.WEEKS, List.of("x", "t_x", "T", "zbar"), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CustomerRow row(String line) {
        String[] f = line.split(",");
        int x = Integer.parseInt(f[1]);
        double tx = Double.parseDouble(f[2]);
        double t = Double.parseDouble(f[3]);
        double zbar = Double.parseDouble(f[4]);
        double future = x * zbar * tx / t;
        return new CustomerRow(f[0], x, tx, t, zbar, new double[] {x, tx, t, zbar}, future, x);
    }
}
