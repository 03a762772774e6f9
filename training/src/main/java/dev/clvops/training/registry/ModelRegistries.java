package dev.clvops.training.registry;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.registry.jdbc.JdbcModelRegistry;
import dev.clvops.training.registry.mlflow.MlflowModelRegistry;
import java.net.URI;
import java.time.Clock;
import javax.sql.DataSource;

/** Picks the registry adapter from the settings; deploy calls this to build the {@code ModelRegistry} bean. */
public final class ModelRegistries {

    private ModelRegistries() {
    }

    /**
     * MLflow (wrapped so registrations queue in PostgreSQL while MLflow is down) when an MLflow URL is set,
     * else the embedded registry, which lives in the same PostgreSQL as the outbox and so needs no queue.
     */
    public static ModelRegistry create(RegistrySettings settings, DataSource dataSource, Clock clock) {
        URI mlflowUrl = settings.mlflowUrl();
        if (mlflowUrl == null) {
            return new JdbcModelRegistry(dataSource, settings.artifactsDir(), clock);
        }
        MlflowModelRegistry mlflow = new MlflowModelRegistry(mlflowUrl, settings.experimentName(), settings.timeout(),
                new JdbcPromotionLog(dataSource), clock);
        return new ResilientModelRegistry(mlflow, dataSource, clock);
    }
}
