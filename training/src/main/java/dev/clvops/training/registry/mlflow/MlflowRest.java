package dev.clvops.training.registry.mlflow;

import dev.clvops.platform.registry.RegistryUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mlflow_project.google.protobuf.InvalidProtocolBufferException;
import org.mlflow_project.google.protobuf.Message;
import org.mlflow_project.google.protobuf.util.JsonFormat;

/**
 * MLflow's REST API over {@link HttpClient}: registry writes ({@code /api/2.0/mlflow/...}, bodies are the MLflow
 * protobuf request messages printed as JSON) and the artifact proxy ({@code /api/2.0/mlflow-artifacts/artifacts/...}).
 */
final class MlflowRest {

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    MlflowRest(URI base, Duration timeout) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Sends {@code request} as JSON and parses the answer into {@code response}; 4xx become {@link MlflowRejection}. */
    <B extends Message.Builder> B send(String method, String endpoint, Message request, B response) {
        String json = print(request);
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(api("api/2.0/mlflow/" + endpoint))
                .header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json)), BodyHandlers.ofString());
        check(method + " " + endpoint, answer.statusCode(), answer.body());
        return parse(endpoint, answer.body(), response);
    }

    private static <B extends Message.Builder> B parse(String endpoint, String json, B response) {
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(json, response);
            return response;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("MLflow answered " + endpoint + " with unreadable JSON: " + json, e);
        }
    }

    /** GETs {@code endpoint?query} into {@code response}; empty when MLflow answers that the resource does not exist. */
    <B extends Message.Builder> Optional<B> find(String endpoint, String query, B response) {
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(api("api/2.0/mlflow/" + endpoint + "?" + query))
                .GET(), BodyHandlers.ofString());
        try {
            check("GET " + endpoint, answer.statusCode(), answer.body());
        } catch (MlflowRejection e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(parse(endpoint, answer.body(), response));
    }

    void upload(String artifactPath, byte[] bytes, String contentType) {
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(artifact(artifactPath))
                .header("Content-Type", contentType).PUT(BodyPublishers.ofByteArray(bytes)), BodyHandlers.ofString());
        check("upload " + artifactPath, answer.statusCode(), answer.body());
    }

    Optional<byte[]> download(String artifactPath) {
        HttpResponse<byte[]> answer = exchange(HttpRequest.newBuilder(artifact(artifactPath)).GET(),
                BodyHandlers.ofByteArray());
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        check("download " + artifactPath, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        return Optional.of(answer.body());
    }

    static String print(Message message) {
        try {
            return JsonFormat.printer().preservingProtoFieldNames().print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print MLflow request " + message, e);
        }
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(timeout).build(), body);
        } catch (IOException e) {
            throw new RegistryUnavailableException("MLflow at " + base + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while calling MLflow at " + base, e);
        }
    }

    private void check(String what, int status, String body) {
        if (status >= 500 || status == 429) {
            throw new RegistryUnavailableException("MLflow at " + base + " failed " + what + ": HTTP " + status + " " + body);
        }
        if (status >= 400) {
            throw new MlflowRejection(what, status, body);
        }
    }

    private URI api(String path) {
        return base.resolve(path);
    }

    private URI artifact(String artifactPath) {
        String encoded = Arrays.stream(artifactPath.split("/"))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return base.resolve("api/2.0/mlflow-artifacts/artifacts/" + encoded);
    }
}
