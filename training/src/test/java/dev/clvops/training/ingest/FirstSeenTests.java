package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstSeenTests {

    private final FirstSeen firstSeen = new FirstSeen();

    @Test
    void marksOnlyTheFirstRowOfEachKindAndKeyAndOfEachCustomer() {
        StagedRow first = firstSeen.mark(row(RowKind.ORDER, 1, "orders:1", "c1"));
        StagedRow repeat = firstSeen.mark(row(RowKind.ORDER, 2, "orders:1", "c1"));
        StagedRow returnOfSameKey = firstSeen.mark(row(RowKind.RETURN, 3, "orders:1", "c2"));

        assertThat(flags(first)).containsExactly("t", "t");
        assertThat(flags(repeat)).containsExactly("f", "f");
        assertThat(flags(returnOfSameKey)).containsExactly("t", "t");
    }

    @Test
    void neverMarksQuarantinedRowsSoTheirCustomerStaysFirstForAnAcceptedRow() {
        StagedRow rejected = firstSeen.mark(row(RowKind.QUARANTINE, 1, "orders:1", "c1"));
        StagedRow accepted = firstSeen.mark(row(RowKind.ORDER, 2, "orders:1", "c1"));

        assertThat(flags(rejected)).containsExactly("f", "f");
        assertThat(flags(accepted)).containsExactly("t", "t");
    }

    private static StagedRow row(RowKind kind, long line, String key, String customer) {
        return StagedRow.of(kind, line).with(StagingColumn.ORDER_KEY, key).with(StagingColumn.CUSTOMER_ID, customer);
    }

    private static String[] flags(StagedRow row) {
        return new String[] {row.get(StagingColumn.FIRST_OF_KEY), row.get(StagingColumn.FIRST_OF_CUSTOMER)};
    }
}
