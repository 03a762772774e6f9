package dev.clvops.deploy.registry;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.registry.ModelRegistries;
import dev.clvops.training.registry.RegistrySettings;
import java.net.URI;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code modelRegistry} bean, unless another configuration provides one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryConfiguration {

    @Bean
    @ConditionalOnMissingBean(ModelRegistry.class)
    ModelRegistry modelRegistry(RegistryProperties properties, DataSource dataSource) {
        URI url = properties.mlflowUrl();
        URI mlflow = url == null || url.toString().isBlank() ? null : url;
        return ModelRegistries.create(new RegistrySettings(mlflow, properties.experiment(),
                properties.artifactsDir(), properties.timeout()), dataSource, Clock.systemUTC());
    }
}
