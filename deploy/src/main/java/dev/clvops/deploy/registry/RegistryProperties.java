package dev.clvops.deploy.registry;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clvops.registry.*}: which model registry to use.
 *
 * @param mlflowUrl the MLflow tracking server ({@code CLVOPS_MLFLOW_URL}); empty for the embedded registry
 * @param experiment the MLflow experiment
 * @param artifactsDir where the embedded registry keeps model files
 * @param timeout MLflow connect and request time-out
 */
@ConfigurationProperties("clvops.registry")
record RegistryProperties(@Nullable URI mlflowUrl, @DefaultValue("clvops") String experiment, Path artifactsDir,
                          @DefaultValue("30s") Duration timeout) {
}
