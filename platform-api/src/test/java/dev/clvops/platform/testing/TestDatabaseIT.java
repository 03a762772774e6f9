package dev.clvops.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

class TestDatabaseIT {

    @Test
    void migratesTheCoreSchemaIntoARealPostgres() throws SQLException {
        String version = single("SHOW server_version");
        String tables = single("""
                SELECT count(*) FROM pg_tables WHERE schemaname = 'public'
                AND tablename IN ('orders', 'customers', 'ingest_runs', 'quarantined_rows', 'feature_snapshots',
                                  'customer_features', 'order_lines', 'order_returns', 'batch_job_instance')""");

        assertThat(version).startsWith("18.");
        assertThat(tables).isEqualTo("9");
    }

    private static String single(String sql) throws SQLException {
        try (Connection c = TestDatabase.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
