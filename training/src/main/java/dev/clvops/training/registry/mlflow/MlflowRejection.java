package dev.clvops.training.registry.mlflow;

/** MLflow refused a request (HTTP 4xx); retrying the same request will not help. */
final class MlflowRejection extends IllegalStateException {

    private final int status;
    private final String body;

    MlflowRejection(String what, int status, String body) {
        super("MLflow rejected " + what + ": HTTP " + status + " " + body);
        this.status = status;
        this.body = body;
    }

    boolean isErrorCode(String errorCode) {
        return body.contains("\"" + errorCode + "\"");
    }

    /** MLflow answers a missing model or version with 404 RESOURCE_DOES_NOT_EXIST and a missing alias with 400. */
    boolean isNotFound() {
        return status == 404 || isErrorCode("RESOURCE_DOES_NOT_EXIST")
                || (isErrorCode("INVALID_PARAMETER_VALUE") && body.contains("not found"));
    }
}
