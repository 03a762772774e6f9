package dev.clvops.training.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates each source record with its format's mapper; rejected rows are passed on as quarantine rows. Accepted
 * rows are marked when they are the first of their key or customer (see {@link FirstSeen}).
 */
class StagingRowProcessor implements ItemProcessor<SourceRecord, StagedRow> {

    private final RowMapper mapper;
    private final FirstSeen firstSeen = new FirstSeen();

    StagingRowProcessor(RowMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public StagedRow process(SourceRecord record) {
        // every value of the row is typed, constant or a piece of the raw record: a clean record needs no escapes
        return firstSeen.mark(mapper.map(record)).plain(CopyText.plain(record.raw()));
    }
}
