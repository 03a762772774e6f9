package dev.clvops.training.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes each chunk of staged rows (accepted and quarantined alike) into {@code ingest_staged_rows} with one
 * COPY, on the chunk's transactional connection.
 */
class StagingCopyWriter implements ItemWriter<StagedRow> {

    private static final String COPY = "COPY ingest_staged_rows (" + StagingColumn.copyColumns() + ") FROM STDIN";

    private final DataSource dataSource;
    private final long runId;

    StagingCopyWriter(DataSource dataSource, long runId) {
        this.dataSource = dataSource;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) throws Exception {
        StringBuilder text = new StringBuilder(chunk.size() * 128);
        for (StagedRow row : chunk) {
            CopyText.append(text, runId, row);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(bytes));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
