package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RfmGroupsTests {

    @Test
    void countsCustomersSharingTheSameHistoryOnce() {
        var rows = List.of(Cdnow.row("1", 2, 10, 30, 5), Cdnow.row("2", 2, 10, 30, 7), Cdnow.row("3", 0, 0, 30, 0));

        RfmGroups groups = RfmGroups.of(rows);

        assertThat(groups.size()).isEqualTo(2);
        assertThat(groups.customers()).isEqualTo(3);
        assertThat(groups.weight()).containsExactlyInAnyOrder(2.0, 1.0);
        assertThat(groups.times()).containsExactlyInAnyOrder(0.0, 10.0, 30.0);
        assertThat(groups.meanFrequency()).isEqualTo(4.0 / 3);
    }

    @Test
    void rejectsARecencyBeyondTheCustomersAgeNamingTheCustomer() {
        var rows = List.of(Cdnow.row("c-7", 2, 31, 30, 5));

        assertThatThrownBy(() -> RfmGroups.of(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c-7").hasMessageContaining("t_x=31.0");
    }

    @Test
    void rejectsAnEmptySet() {
        assertThatThrownBy(() -> RfmGroups.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
