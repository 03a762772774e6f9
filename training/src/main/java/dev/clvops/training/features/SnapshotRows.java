package dev.clvops.training.features;

import dev.clvops.platform.features.SnapshotId;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a snapshot's {@code customer_features} rows in customer id order (byte order, as the checksum) with a
 * server-side cursor, so a million customers never sit in one result set.
 */
@Component
class SnapshotRows {

    private static final int FETCH_SIZE = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SnapshotRows(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
    }

    /** Calls {@code handler} once per row; columns are those of {@link FeatureRow#COLUMNS}, by name. */
    void forEach(SnapshotId id, RowCallbackHandler handler) {
        transaction.executeWithoutResult(status -> jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT " + FeatureRow.COLUMNS
                    + " FROM customer_features WHERE snapshot_id = ? ORDER BY customer_id COLLATE \"C\"");
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, id.value());
            return statement;
        }, handler));
    }
}
