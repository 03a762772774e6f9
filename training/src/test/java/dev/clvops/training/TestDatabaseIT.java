package dev.clvops.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class TestDatabaseIT {

    @Test
    void migratesTheCoreSchemaIntoARealPostgres() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

        String version = jdbc.queryForObject("SHOW server_version", String.class);
        Integer tables = jdbc.queryForObject("""
                SELECT count(*) FROM pg_tables WHERE schemaname = 'public'
                AND tablename IN ('orders', 'customers', 'ingest_runs', 'quarantined_rows', 'feature_snapshots',
                                  'customer_features', 'order_lines', 'order_returns', 'batch_job_instance')""",
                Integer.class);

        assertThat(version).startsWith("18.");
        assertThat(tables).isEqualTo(9);
    }
}
