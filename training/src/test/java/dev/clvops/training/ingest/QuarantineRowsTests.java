package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuarantineRowsTests {

    @Test
    void quotesCsvFieldsOnlyWhenNeeded() {
        assertThat(QuarantineRows.csv("plain")).isEqualTo("plain");
        assertThat(QuarantineRows.csv("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(QuarantineRows.csv("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void reasonKeysDropTheOffendingValue() {
        Rejection rejection = Rejection.of("order_date", "cannot parse {} as a date", "2023-13-45");

        assertThat(rejection.message()).isEqualTo("order_date: cannot parse '2023-13-45' as a date");
        assertThat(rejection.key()).isEqualTo("order_date: cannot parse as a date");
    }
}
