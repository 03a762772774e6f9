package dev.clvops.platform.registry;

/**
 * Identifies one logged training run in the registry.
 *
 * @param value the registry's run id (an MLflow run id, or the embedded registry's generated id)
 */
public record RunId(String value) {

    public RunId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("run id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
