package dev.clvops.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTests {

    @Test
    void formatsMoneyCountsAndSharesInTheConfiguredLocaleAndCurrency() {
        Formats us = Formats.of("en-US", "USD");
        Formats de = Formats.of("de-DE", "EUR");

        assertThat(us.money(1234567.4)).isEqualTo("$1,234,567");
        assertThat(us.cents(12.345)).isEqualTo("$12.35");
        assertThat(de.money(1234567.4).replace('\u00a0', ' ')).isEqualTo("1.234.567 €");
        assertThat(de.count(1200)).isEqualTo("1.200");
        assertThat(us.percent(0.1234)).isEqualTo("12.3%");
    }

    @Test
    void signsChangesAndNamesTheCasesWithoutABase() {
        Formats us = Formats.of("en-US", "USD");

        assertThat(us.change(110, 100)).isEqualTo("+10.0%");
        assertThat(us.change(90, 100)).isEqualTo("-10.0%");
        assertThat(us.change(5, 0)).isEqualTo("new");
        assertThat(us.change(0, 0)).isEqualTo("unchanged");
    }
}
