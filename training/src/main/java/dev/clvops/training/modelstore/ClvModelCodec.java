package dev.clvops.training.modelstore;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.training.baseline.HistoricalBaselineTrainer;
import dev.clvops.training.probabilistic.BgNbdTrainer;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.probabilistic.ParetoNbdTrainer;
import dev.clvops.training.xgboost.XgboostClvModel;

/**
 * Converts fitted models to the registry's model file ({@link #FILE_NAME}) and back. xgboost models keep their own
 * byte form; BTYD CLV models ({@code bgnbd}, {@code paretonbd}) and the baseline are JSON documents of their fitted
 * parameters, time unit, discount step and provenance, so a decoded model predicts exactly what the encoded one did.
 */
public final class ClvModelCodec {

    /** The model file's name in every training run. */
    public static final String FILE_NAME = "model.bin";

    private ClvModelCodec() {
    }

    public static ModelArtifact encode(ClvModel model) {
        return switch (model) {
            case XgboostClvModel xgboost -> new ModelArtifact(FILE_NAME, xgboost.toBytes(), "application/octet-stream");
            case BtydClvModel btyd -> new ModelArtifact(FILE_NAME, BtydDocument.encode(btyd), "application/json");
            default -> {
                if (!HistoricalBaselineTrainer.FAMILY.equals(model.family())) {
                    throw new IllegalArgumentException("no stored form for model family " + model.family() + " ("
                            + model.getClass().getSimpleName() + ")");
                }
                yield new ModelArtifact(FILE_NAME, BaselineDocument.encode(model), "application/json");
            }
        };
    }

    public static ClvModel decode(String family, byte[] bytes) {
        return switch (family) {
            case XgboostClvModel.FAMILY -> XgboostClvModel.fromBytes(bytes);
            case BgNbdTrainer.FAMILY, ParetoNbdTrainer.FAMILY -> BtydDocument.decode(family, bytes);
            case HistoricalBaselineTrainer.FAMILY -> BaselineDocument.decode(bytes);
            default -> throw new IllegalArgumentException("no stored form for model family " + family);
        };
    }
}
