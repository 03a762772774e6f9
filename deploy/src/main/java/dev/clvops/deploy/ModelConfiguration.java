package dev.clvops.deploy;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.pipeline.TrainingSettings;
import dev.clvops.training.registry.ModelRegistries;
import dev.clvops.training.registry.RegistrySettings;
import java.net.URI;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The model registry (MLflow when {@code CLVOPS_MLFLOW_URL} is set, else the embedded one with artifacts in
 * {@code $CLVOPS_HOME/artifacts}) and the training settings, for the train-clv and score-customers jobs.
 */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    @Bean
    ModelRegistry modelRegistry(DeploySettings settings, DataSource dataSource,
                                @Value("${clvops.training.mlflow-url:}") String mlflowUrl) {
        return ModelRegistries.create(RegistrySettings.of(mlflowUrl.isBlank() ? null : URI.create(mlflowUrl),
                settings.home().resolve("artifacts")), dataSource, Clock.systemUTC());
    }

    @Bean
    TrainingSettings trainingSettings() {
        return TrainingSettings.defaults();
    }
}
