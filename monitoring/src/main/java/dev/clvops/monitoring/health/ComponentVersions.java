package dev.clvops.monitoring.health;

import dev.clvops.platform.health.ComponentVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * Versions of the main dependencies, found by a class each ships: the jar manifest's Implementation-Version, else
 * the Maven {@code pom.properties} inside the jar. Looked up by name, so monitoring needs none of them to compile.
 */
final class ComponentVersions {

    private record Component(String name, String className, String mavenCoordinates) {
    }

    private static final List<Component> COMPONENTS = List.of(
            new Component("Spring Boot", "org.springframework.boot.SpringApplication",
                    "org.springframework.boot/spring-boot"),
            new Component("Spring Batch", "org.springframework.batch.core.BatchStatus",
                    "org.springframework.batch/spring-batch-core"),
            new Component("Flyway", "org.flywaydb.core.Flyway", "org.flywaydb/flyway-core"),
            new Component("PostgreSQL JDBC", "org.postgresql.Driver", "org.postgresql/postgresql"),
            new Component("xgboost4j", "ml.dmlc.xgboost4j.java.XGBoost", "ml.dmlc/xgboost4j_2.12"),
            new Component("MLflow client", "org.mlflow.tracking.MlflowClient", "org.mlflow/mlflow-client"),
            new Component("Hipparchus", "org.hipparchus.util.FastMath", "org.hipparchus/hipparchus-core"));

    private ComponentVersions() {
    }

    static List<ComponentVersion> read(ClassLoader loader) {
        return COMPONENTS.stream().map(component -> new ComponentVersion(component.name(), version(component, loader)))
                .toList();
    }

    private static String version(Component component, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(component.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return ComponentVersion.ABSENT;
        }
        String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        return version != null ? version : pomVersion(component.mavenCoordinates(), type);
    }

    private static String pomVersion(String coordinates, Class<?> type) {
        String resource = "/META-INF/maven/" + coordinates + "/pom.properties";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                return ComponentVersion.UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", ComponentVersion.UNKNOWN);
        } catch (IOException e) {
            return ComponentVersion.UNKNOWN;
        }
    }
}
