package dev.clvops.training.registry;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.model.ModelProvenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flattens a {@link ModelProvenance} into run parameters and back (keys listed in the ModelRegistry port). */
public final class RunParams {

    public static final String HYPER_PARAMETER_PREFIX = "hp.";
    public static final String SNAPSHOT_ID = "snapshot_id";
    public static final String CUTOFF = "cutoff";
    public static final String HORIZON_DAYS = "horizon_days";

    private RunParams() {
    }

    public static Map<String, String> of(ModelProvenance provenance) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("family", provenance.family());
        params.put(SNAPSHOT_ID, provenance.snapshot().toString());
        params.put(CUTOFF, provenance.cutoff().toString());
        params.put(HORIZON_DAYS, Integer.toString(provenance.horizonDays()));
        params.put("feature_set_version", provenance.featureSetVersion());
        params.put("seed", Long.toString(provenance.seed()));
        params.put("code_version", provenance.codeVersion());
        params.put("trained_at", provenance.trainedAt().toString());
        provenance.hyperParameters().forEach((name, value) -> params.put(HYPER_PARAMETER_PREFIX + name, value));
        return params;
    }

    public static ModelProvenance toProvenance(Map<String, String> params) {
        Map<String, String> hyperParameters = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith(HYPER_PARAMETER_PREFIX)) {
                hyperParameters.put(key.substring(HYPER_PARAMETER_PREFIX.length()), value);
            }
        });
        return new ModelProvenance(required(params, "family"), new SnapshotId(Long.parseLong(required(params, SNAPSHOT_ID))),
                LocalDate.parse(required(params, CUTOFF)), Integer.parseInt(required(params, HORIZON_DAYS)),
                required(params, "feature_set_version"), hyperParameters, Long.parseLong(required(params, "seed")),
                required(params, "code_version"), Instant.parse(required(params, "trained_at")));
    }

    /** The holdout a run was evaluated on: same snapshot, cutoff and horizon means the same holdout. */
    public static String holdout(Map<String, String> params) {
        return "snapshot " + params.get(SNAPSHOT_ID) + ", cutoff " + params.get(CUTOFF) + ", horizon "
                + params.get(HORIZON_DAYS) + " days";
    }

    private static String required(Map<String, String> params, String key) {
        String value = params.get(key);
        if (value == null) {
            throw new IllegalArgumentException("run parameters lack '" + key + "': " + params.keySet());
        }
        return value;
    }
}
