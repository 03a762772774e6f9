package dev.clvops.deploy.api.jobs;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.deploy.analytics.AnalyticsRefresher;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job kinds this installation has ports for: {@code ingest} (an uploaded file, started by the orders upload),
 * {@code snapshot} (a feature snapshot) and {@code report} (an analytics refresh).
 */
@Configuration(proxyBeanMethods = false)
public class BuiltInJobs {

    static final String INGEST = "ingest";

    @Bean
    ApiJob ingestJob(OrderIngestion ingestion, DeploySettings deploy) {
        Path uploads = uploads(deploy);
        return new Job(INGEST, "Ingests an uploaded order file (POST /api/v1/orders starts it)", "ingest-orders") {
            @Override
            public void validate(Map<String, String> parameters) {
                String file = parameters.get("file");
                if (file == null || !Path.of(file).toAbsolutePath().normalize().startsWith(uploads)) {
                    throw new IllegalArgumentException("file: ingest jobs are started by uploading a file to"
                            + " /api/v1/orders");
                }
                IngestFormat.fromCliName(parameters.getOrDefault("format", "auto"));
            }

            @Override
            public Object run(Map<String, String> parameters, ProgressListener progress) {
                Path file = Path.of(parameters.get("file"));
                try {
                    return ingestion.ingest(new IngestRequest(file, IngestFormat.fromCliName(
                            parameters.getOrDefault("format", "auto"))), progress);
                } finally {
                    deleteUpload(file);
                }
            }
        };
    }

    @Bean
    ApiJob snapshotJob(FeatureStore features, DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new Job("snapshot", "Builds a feature snapshot; parameters cutoff (yyyy-MM-dd, default: the latest"
                + " order date) and horizon_days (default 0: as-of-now)", "build-features") {
            @Override
            public void validate(Map<String, String> parameters) {
                cutoff(parameters);
                horizon(parameters);
            }

            @Override
            public Object run(Map<String, String> parameters, ProgressListener progress) {
                LocalDate cutoff = Optional.ofNullable(cutoff(parameters)).orElseGet(() -> Optional.ofNullable(
                        jdbc.sql("SELECT (SELECT last_date FROM order_dates)").query(Date.class).single())
                        .map(Date::toLocalDate).orElseThrow(() -> new IllegalStateException("no orders stored")));
                return features.build(new SnapshotRequest(cutoff, horizon(parameters)), progress);
            }
        };
    }

    @Bean
    ApiJob reportJob(AnalyticsRefresher refresher) {
        return new Job("report", "Refreshes the customer analytics of the latest as-of-now snapshot", null) {
            @Override
            public Object run(Map<String, String> parameters, ProgressListener progress) {
                return refresher.refreshNow();
            }
        };
    }

    /** Where uploaded order files wait for their ingest job: {@code $CLVOPS_HOME/uploads}. */
    public static Path uploads(DeploySettings deploy) {
        return deploy.home().resolve("uploads").toAbsolutePath().normalize();
    }

    private static @Nullable LocalDate cutoff(Map<String, String> parameters) {
        String value = parameters.get("cutoff");
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cutoff: not a date (yyyy-MM-dd): '" + value + "'");
        }
    }

    private static int horizon(Map<String, String> parameters) {
        String value = parameters.getOrDefault("horizon_days", "0");
        try {
            int days = Integer.parseInt(value.trim());
            if (days < 0 || days > 3660) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("horizon_days: must be a whole number of days 0..3660: '" + value + "'");
        }
    }

    private static void deleteUpload(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the ingested upload " + file, e);
        }
    }

    abstract static class Job implements ApiJob {
        private final String kind;
        private final String description;
        private final @Nullable String batchJobName;

        Job(String kind, String description, @Nullable String batchJobName) {
            this.kind = kind;
            this.description = description;
            this.batchJobName = batchJobName;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public @Nullable String batchJobName() {
            return batchJobName;
        }
    }
}
