package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CdnowRowMapperTests {

    private static SourceRecord record(String... fields) {
        return new SourceRecord(1, String.join(" ", fields), fields, false);
    }

    private static CdnowRowMapper mapper(int columns) {
        return new CdnowRowMapper(new SourceLayout("c.txt", IngestFormat.CDNOW, StandardCharsets.UTF_8,
                RecordSplitter.WHITESPACE, false, columns, Map.of()), LocalDate.of(2024, 1, 1));
    }

    @Test
    void keysRowsByContentAndOccurrenceSoMasterAndSampleAgree() {
        CdnowRowMapper master = mapper(4);
        CdnowRowMapper sample = mapper(5);

        StagedRow first = master.map(record("00004", "19970101", "2", "29.33"));
        StagedRow second = master.map(record("00004", "19970101", "2", "29.33"));
        StagedRow fromSample = sample.map(record("00004", "0001", "19970101", "2", "29.33"));

        assertThat(first.get(StagingColumn.ORDER_KEY)).isEqualTo("cdnow:4:19970101:2:29.33:1");
        assertThat(second.get(StagingColumn.ORDER_KEY)).endsWith(":2");
        assertThat(fromSample.get(StagingColumn.ORDER_KEY)).isEqualTo(first.get(StagingColumn.ORDER_KEY));
        assertThat(first.get(StagingColumn.CUSTOMER_ID)).isEqualTo("4");
    }

    @Test
    void stripsLeadingZerosButKeepsAZeroId() {
        assertThat(CdnowRowMapper.normaliseCustomer("00001")).isEqualTo("1");
        assertThat(CdnowRowMapper.normaliseCustomer("000")).isEqualTo("0");
    }

    @Test
    void quarantinesBadDatesAndNegativeQuantities() {
        CdnowRowMapper mapper = mapper(4);

        assertThat(mapper.map(record("1", "19971301", "1", "1.00")).get(StagingColumn.REASON))
                .isEqualTo("date: cannot parse '19971301' as a date");
        assertThat(mapper.map(record("1", "19970101", "-1", "1.00")).get(StagingColumn.REASON_KEY))
                .isEqualTo("quantity: out of range");
        assertThat(mapper.map(record("1", "19970101", "1")).get(StagingColumn.REASON_KEY))
                .isEqualTo("wrong column count");
    }
}
