package dev.clvops.training.registry;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Which registry to use: MLflow when {@code mlflowUrl} is set ({@code CLVOPS_MLFLOW_URL}), else the embedded one.
 *
 * @param mlflowUrl the MLflow tracking server, e.g. {@code http://127.0.0.1:5000}; null for the embedded registry
 * @param experimentName the MLflow experiment runs are logged to
 * @param artifactsDir where the embedded registry keeps artifact files ({@code $CLVOPS_HOME/artifacts})
 * @param timeout connect and request time-out for MLflow's REST calls
 */
public record RegistrySettings(@Nullable URI mlflowUrl, String experimentName, Path artifactsDir, Duration timeout) {

    public static final String DEFAULT_EXPERIMENT = "clvops";

    /** Settings with the default experiment {@code clvops} and a 30-second time-out. */
    public static RegistrySettings of(@Nullable URI mlflowUrl, Path artifactsDir) {
        return new RegistrySettings(mlflowUrl, DEFAULT_EXPERIMENT, artifactsDir, Duration.ofSeconds(30));
    }

    public boolean usesMlflow() {
        return mlflowUrl != null;
    }
}
