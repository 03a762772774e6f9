package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.ProfileSettings;
import dev.clvops.monitoring.drift.ReferenceProfile;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code drift_baselines}: the reference profiles of a model version, computed from its training snapshot the first
 * time the version is monitored and read back afterwards; the prediction profile is added once the version has a
 * completed scoring run (its first one).
 */
final class DriftBaselines {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, Object>>> PROFILES = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> PROFILE = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final FeatureColumns columns;
    private final Predictions predictions;
    private final ProfileSettings settings;

    DriftBaselines(JdbcTemplate jdbc, FeatureColumns columns, Predictions predictions, ProfileSettings settings) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.predictions = predictions;
        this.settings = settings;
    }

    Baseline of(Champion champion) {
        List<StoredBaseline> stored = jdbc.query("SELECT profiles, prediction_profile FROM drift_baselines"
                + " WHERE family = ? AND model_version = ?", (rs, n) -> new StoredBaseline(rs.getString("profiles"),
                rs.getString("prediction_profile")), champion.family(), champion.version());
        if (stored.isEmpty()) {
            List<ReferenceProfile> profiles = FeatureColumns.profiles(columns.load(champion.snapshot()), settings);
            jdbc.update("INSERT INTO drift_baselines (family, model_version, snapshot_id, profiles)"
                    + " VALUES (?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING", champion.family(), champion.version(),
                    champion.snapshot().value(), JSON.writeValueAsString(profiles.stream()
                            .map(ReferenceProfile::toMap).toList()));
            return new Baseline(profiles, predictionProfile(champion));
        }
        StoredBaseline baseline = stored.getFirst();
        List<ReferenceProfile> profiles = JSON.readValue(baseline.profiles(), PROFILES).stream()
                .map(ReferenceProfile::fromMap).toList();
        return new Baseline(profiles, baseline.prediction() == null ? predictionProfile(champion)
                : ReferenceProfile.fromMap(JSON.readValue(baseline.prediction(), PROFILE)));
    }

    private record StoredBaseline(String profiles, @Nullable String prediction) {
    }

    private @Nullable ReferenceProfile predictionProfile(Champion champion) {
        return predictions.firstRun(champion).map(run -> {
            ReferenceProfile profile = ReferenceProfile.numeric(DriftCheck.PREDICTED_CLV, predictions.clv(run),
                    settings);
            jdbc.update("UPDATE drift_baselines SET prediction_run_id = ?, prediction_profile = ?::jsonb"
                    + " WHERE family = ? AND model_version = ?", run, JSON.writeValueAsString(profile.toMap()),
                    champion.family(), champion.version());
            return profile;
        }).orElse(null);
    }
}
