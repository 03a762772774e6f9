package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrdersRowMapperTests {

    private static final SourceLayout LAYOUT = new SourceLayout("o.csv", IngestFormat.ORDERS, StandardCharsets.UTF_8,
            ',', true, 5, Map.of("user_id", 0, "order_id", 1, "order_date", 2, "order_value", 3, "age", 4));
    private final OrdersRowMapper mapper = new OrdersRowMapper(LAYOUT, LocalDate.of(2024, 6, 1));

    private static SourceRecord record(String... fields) {
        return new SourceRecord(2, String.join(",", fields), fields, false);
    }

    @Test
    void mapsAValidOrder() {
        StagedRow row = mapper.map(record("u1", "o1", "2023-01-05", "12.5", "40"));

        assertThat(row.kind()).isEqualTo(RowKind.ORDER);
        assertThat(row.get(StagingColumn.ORDER_KEY)).isEqualTo("orders:o1");
        assertThat(row.get(StagingColumn.AMOUNT)).isEqualTo("12.50");
        assertThat(row.get(StagingColumn.AGE)).isEqualTo("40");
    }

    @Test
    void mapsANegativeValueToAReturnWithAPositiveValue() {
        StagedRow row = mapper.map(record("u1", "o9", "2023-01-05T08:00:00", "-30", ""));

        assertThat(row.kind()).isEqualTo(RowKind.RETURN);
        assertThat(row.get(StagingColumn.AMOUNT)).isEqualTo("30.00");
        assertThat(row.get(StagingColumn.ORDER_TS)).isEqualTo("2023-01-05T08:00");
    }

    @Test
    void namesTheColumnAndValueOfAnUnparseableDate() {
        StagedRow row = mapper.map(record("u1", "o1", "2023-13-45", "1", ""));

        assertThat(row.kind()).isEqualTo(RowKind.QUARANTINE);
        assertThat(row.get(StagingColumn.REASON)).isEqualTo("order_date: cannot parse '2023-13-45' as a date");
        assertThat(row.get(StagingColumn.REASON_KEY)).isEqualTo("order_date: cannot parse as a date");
    }

    @Test
    void rejectsNonNumericValuesFutureDatesAndAbsurdAges() {
        assertThat(mapper.map(record("u1", "o1", "2023-01-01", "abc", "")).get(StagingColumn.REASON))
                .isEqualTo("order_value: not a number 'abc'");
        assertThat(mapper.map(record("u1", "o1", "2031-01-01", "1", "")).get(StagingColumn.REASON))
                .isEqualTo("order_date: date in the future '2031-01-01'");
        assertThat(mapper.map(record("u1", "o1", "2023-01-01", "1", "300")).get(StagingColumn.REASON_KEY))
                .isEqualTo("age: out of range");
    }

    @Test
    void rejectsMissingCustomersAndWrongColumnCounts() {
        assertThat(mapper.map(record("", "o1", "2023-01-01", "1", "")).get(StagingColumn.REASON))
                .isEqualTo("customer id missing");
        assertThat(mapper.map(record("u1", "o1", "2023-01-01")).get(StagingColumn.REASON))
                .isEqualTo("wrong column count: expected 5, got 3");
    }
}
