package dev.clvops.ui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.customer.CustomerOrder;
import dev.clvops.platform.customer.ScoredCustomer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class Customer360Tests {

    private static final CustomerOrder ORDER = new CustomerOrder("o1", LocalDate.of(2026, 1, 5), 42.0, null, null);

    @Test
    void showsTheIntervalWhenTheModelGivesOne() {
        ScoredCustomer scored = new ScoredCustomer("bgnbd", 3, 180, 1234.5, 800.0, 2000.0, 0.9, 2.1, List.of());

        String text = customer(scored, 1, List.of(ORDER)).clvWithInterval();

        assertThat(text).isEqualTo("1,234.50 (P10 800.00 – P90 2,000.00)");
    }

    @Test
    void showsTheBareValueWithoutAnInterval() {
        ScoredCustomer scored = new ScoredCustomer("baseline", 1, 180, 99.0, null, null, null, null, List.of());

        assertThat(customer(scored, 1, List.of(ORDER)).clvWithInterval()).isEqualTo("99.00");
    }

    @Test
    void saysSoWhenNoModelScoredTheCustomer() {
        assertThat(customer(null, 1, List.of(ORDER)).clvWithInterval()).isEqualTo("No model yet");
    }

    @Test
    void captionSaysWhenOnlyTheLatestOrdersAreShown() {
        List<CustomerOrder> shown = Collections.nCopies(1000, ORDER);

        assertThat(customer(null, 1234, shown).ordersCaption()).isEqualTo("Showing the latest 1,000 of 1,234 orders");
        assertThat(customer(null, 1000, shown).ordersCaption()).isEqualTo("1,000 orders");
    }

    private static Customer360 customer(ScoredCustomer scored, long orderCount, List<CustomerOrder> orders) {
        return new Customer360("c1", null, scored, List.of(), orderCount, orders);
    }
}
