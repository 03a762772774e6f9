package dev.clvops.training.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Validates each source record with its format's mapper; rejected rows are passed on as quarantine rows. */
class StagingRowProcessor implements ItemProcessor<SourceRecord, StagedRow> {

    private final RowMapper mapper;

    StagingRowProcessor(RowMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public StagedRow process(SourceRecord record) {
        return mapper.map(record);
    }
}
