package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnlineRetailRowMapperTests {

    private static final SourceLayout LAYOUT = new SourceLayout("r.csv", IngestFormat.ONLINE_RETAIL,
            StandardCharsets.UTF_8, ',', true, 6, Map.of("Invoice", 0, "StockCode", 1, "Quantity", 2,
            "InvoiceDate", 3, "Price", 4, "Customer ID", 5));
    private final OnlineRetailRowMapper mapper = new OnlineRetailRowMapper(LAYOUT, LocalDate.of(2024, 6, 1));

    private static SourceRecord record(String... fields) {
        return new SourceRecord(2, String.join(",", fields), fields, false);
    }

    @Test
    void mapsAnInvoiceLineWithAFloatTypedCustomerId() {
        StagedRow row = mapper.map(record("536365", "85123A", "6", "12/1/2010 8:26", "2.55", "17850.0"));

        assertThat(row.kind()).isEqualTo(RowKind.ORDER_LINE);
        assertThat(row.get(StagingColumn.ORDER_KEY)).isEqualTo("online-retail:536365");
        assertThat(row.get(StagingColumn.CUSTOMER_ID)).isEqualTo("17850");
        assertThat(row.get(StagingColumn.ORDER_DATE)).isEqualTo("2010-12-01");
    }

    @Test
    void mapsCancellationsAndNegativeQuantitiesToReturnLines() {
        StagedRow cancelled = mapper.map(record("C536379", "D", "-1", "12/1/2010 9:41", "27.50", "14527"));
        StagedRow negative = mapper.map(record("536380", "D", "-2", "12/1/2010 9:41", "1.50", "14527"));

        assertThat(cancelled.kind()).isEqualTo(RowKind.RETURN_LINE);
        assertThat(cancelled.get(StagingColumn.QUANTITY)).isEqualTo("1");
        assertThat(negative.get(StagingColumn.ORDER_KEY)).isEqualTo("online-retail:536380:return");
    }

    @Test
    void quarantinesRowsWithoutCustomerZeroQuantityOrNegativePrice() {
        assertThat(mapper.map(record("1", "S", "6", "12/1/2010 8:26", "2.55", "")).get(StagingColumn.REASON))
                .isEqualTo("customer id missing");
        assertThat(mapper.map(record("1", "S", "0", "12/1/2010 8:26", "2.55", "1")).get(StagingColumn.REASON))
                .isEqualTo("Quantity: zero");
        assertThat(mapper.map(record("1", "S", "1", "12/1/2010 8:26", "-5", "1")).get(StagingColumn.REASON))
                .isEqualTo("Price: negative '-5'");
        assertThat(mapper.map(record("1", "S", "5000000", "12/1/2010 8:26", "1", "1")).get(StagingColumn.REASON_KEY))
                .isEqualTo("Quantity: out of range");
    }
}
