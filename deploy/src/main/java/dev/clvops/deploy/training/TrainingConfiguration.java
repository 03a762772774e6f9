package dev.clvops.deploy.training;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.pipeline.TrainingSettings;
import dev.clvops.training.registry.ModelRegistries;
import dev.clvops.training.registry.PromotionGate;
import dev.clvops.training.registry.RegistrySettings;
import java.net.URI;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** The registry, the promotion gate and the settings the training pipeline and scoring use. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingProperties.class)
class TrainingConfiguration {

    @Bean
    ModelRegistry modelRegistry(@Value("${clvops.registry.mlflow-url:}") String mlflowUrl, DeploySettings deploy,
                                DataSource dataSource) {
        URI url = StringUtils.hasText(mlflowUrl) ? URI.create(mlflowUrl.strip()) : null;
        return ModelRegistries.create(RegistrySettings.of(url, deploy.home().resolve("artifacts")), dataSource,
                Clock.systemUTC());
    }

    @Bean
    TrainingSettings trainingSettings(TrainingProperties properties) {
        return new TrainingSettings(properties.primaryMetric(), properties.promotionMargin(),
                properties.horizonDays(), properties.families(), properties.seed());
    }

    @Bean
    PromotionGate promotionGate(ModelRegistry modelRegistry, TrainingSettings trainingSettings) {
        return new PromotionGate(modelRegistry, trainingSettings.promotionPolicy(), Clock.systemUTC());
    }

    @Bean
    ClvSettings clvSettings(TrainingProperties properties) {
        return new ClvSettings(properties.discountRate(), properties.grossMargin());
    }
}
