package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ValuesTests {

    @Test
    void parsesIsoDatesAndRejectsImpossibleOnes() {
        assertThat(Values.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Values.isoDate("2023-02-29")).isNull();
        assertThat(Values.isoDate("2023-13-45")).isNull();
        assertThat(Values.isoDate("05/01/2023")).isNull();
    }

    @Test
    void parsesCompactCdnowDates() {
        assertThat(Values.compactDate("19970101")).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(Values.compactDate("19971301")).isNull();
        assertThat(Values.compactDate("1997011")).isNull();
    }

    @Test
    void parsesIsoTimestampsWithOrWithoutOffset() {
        assertThat(Values.isoTimestamp("2023-01-05T10:15:00")).isEqualTo(LocalDateTime.of(2023, 1, 5, 10, 15));
        assertThat(Values.isoTimestamp("2023-01-05 10:15:00")).isEqualTo(LocalDateTime.of(2023, 1, 5, 10, 15));
        assertThat(Values.isoTimestamp("2023-01-05T10:15:00Z")).isEqualTo(LocalDateTime.of(2023, 1, 5, 10, 15));
        assertThat(Values.isoTimestamp("2023-01-05T25:00:00")).isNull();
    }

    @Test
    void parsesBothOnlineRetailDateStyles() {
        assertThat(Values.retailTimestamp("12/1/2010 8:26")).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(Values.retailTimestamp("2009-12-01 07:45:00")).isEqualTo(LocalDateTime.of(2009, 12, 1, 7, 45));
        assertThat(Values.retailTimestamp("13/45/2010 8:26")).isNull();
    }

    @Test
    void parsesPlainDecimalsOnly() {
        assertThat(Values.decimal("-12.50")).isEqualByComparingTo(new BigDecimal("-12.5"));
        assertThat(Values.decimal(".5")).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(Values.decimal("1,5")).isNull();
        assertThat(Values.decimal("1e3")).isNull();
        assertThat(Values.decimal("abc")).isNull();
        assertThat(Values.decimal("-")).isNull();
    }

    @Test
    void acceptsIntegersWrittenAsFloats() {
        assertThat(Values.integer("12.0")).isEqualTo(12);
        assertThat(Values.integer("12.5")).isNull();
        assertThat(Values.integer("99999999999")).isNull();
    }
}
