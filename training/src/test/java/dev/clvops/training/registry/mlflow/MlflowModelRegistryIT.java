package dev.clvops.training.registry.mlflow;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.registry.ClosedPort;
import dev.clvops.training.registry.JdbcPromotionLog;
import dev.clvops.training.registry.ModelRegistryContract;
import dev.clvops.training.registry.RegistrySettings;
import java.net.URI;
import java.time.Duration;

/** Runs the contract against a real MLflow server: start one with {@code eval "$(.ci/mlflow.sh start)"}. */
class MlflowModelRegistryIT extends ModelRegistryContract {

    private static final String URL_VARIABLE = "CLVOPS_TEST_MLFLOW_URL";

    @Override
    protected ModelRegistry registry() {
        return registry(serverUrl());
    }

    @Override
    protected ModelRegistry unreachableRegistry() {
        return registry(URI.create("http://127.0.0.1:" + ClosedPort.find()));
    }

    private ModelRegistry registry(URI url) {
        return new MlflowModelRegistry(url, RegistrySettings.DEFAULT_EXPERIMENT, Duration.ofSeconds(10),
                new JdbcPromotionLog(TestDatabase.dataSource()), clock);
    }

    private static URI serverUrl() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: MlflowModelRegistryIT needs a real MLflow "
                    + "server. Run `eval \"$(.ci/mlflow.sh start)\"` first (or -Dclvops.mlflow.it.skip=true to leave "
                    + "this IT out of a local build).");
        }
        return URI.create(url);
    }
}
