package dev.clvops.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void formatsMoneyWithTwoDecimalsAndADot() {
        assertThat(Csv.money(12.5)).isEqualTo("12.50");
        assertThat(Csv.money(0.05)).isEqualTo("0.05");
        assertThat(Csv.money(-3.456)).isEqualTo("-3.46");
        assertThat(Csv.money(1234567.0)).isEqualTo("1234567.00");
    }

    @Test
    void quotesOnlyFieldsThatNeedIt() {
        assertThat(Csv.line("plain", "München", "Washington, D.C.", "say \"hi\"", ""))
                .isEqualTo("plain,München,\"Washington, D.C.\",\"say \"\"hi\"\"\",");
    }
}
