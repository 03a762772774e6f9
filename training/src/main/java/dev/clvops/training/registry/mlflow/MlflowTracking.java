package dev.clvops.training.registry.mlflow;

import dev.clvops.platform.registry.RegistryUnavailableException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mlflow.api.proto.ModelRegistry.ModelVersion;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowClientException;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.Page;

/** The MLflow Java client, with its exceptions translated: unreachable or 5xx become RegistryUnavailableException. */
final class MlflowTracking {

    private static final int PAGE_SIZE = 1000;

    private final MlflowClient client;
    private final URI url;

    MlflowTracking(URI url) {
        this.url = url;
        this.client = new MlflowClient(url.toString());
    }

    <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (MlflowHttpException e) {
            if (e.getStatusCode() >= 500 || e.getStatusCode() == 429) {
                throw new RegistryUnavailableException("MLflow at " + url + " failed " + what + ": " + e.getMessage(), e);
            }
            throw new MlflowRejection(what, e.getStatusCode(), String.valueOf(e.getBodyMessage()));
        } catch (MlflowClientException e) {
            throw new RegistryUnavailableException("MLflow at " + url + " unreachable (" + what + "): " + e.getMessage(), e);
        }
    }

    MlflowClient client() {
        return client;
    }

    Run run(String runId) {
        return call("get run " + runId, () -> client.getRun(runId));
    }

    Optional<ModelVersion> version(String name, int version) {
        return notFoundAsEmpty(() -> call("get version " + name + " v" + version,
                () -> client.getModelVersion(name, Integer.toString(version))));
    }

    /** All versions of the registered model (the client pages through search results). */
    List<ModelVersion> versions(String name) {
        List<ModelVersion> all = new ArrayList<>();
        Page<ModelVersion> page = call("search versions of " + name,
                () -> client.searchModelVersions("name='" + name.replace("'", "''") + "'", PAGE_SIZE, List.of()));
        page.getItems().forEach(all::add);
        while (page.hasNextPage()) {
            Page<ModelVersion> current = page;
            page = call("search versions of " + name, current::getNextPage);
            page.getItems().forEach(all::add);
        }
        return all;
    }

    private static <T> Optional<T> notFoundAsEmpty(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (MlflowRejection e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
