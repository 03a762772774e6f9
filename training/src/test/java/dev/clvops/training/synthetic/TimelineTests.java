package dev.clvops.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTests {

    @Test
    void averagesTheSeasonalIntensityToOneOverAYear() {
        Timeline timeline = new Timeline(LocalDate.of(2023, 1, 1), 12, 180);

        assertThat(timeline.intensity(0, 365)).isCloseTo(365, within(1e-9));
        assertThat(timeline.historyDays()).isEqualTo(365);
        assertThat(timeline.lastDay()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void peaksInNovemberAndDecember() {
        Timeline timeline = new Timeline(LocalDate.of(2023, 1, 1), 12, 0);
        int december = (int) (LocalDate.of(2023, 12, 10).toEpochDay() - LocalDate.of(2023, 1, 1).toEpochDay());

        assertThat(timeline.multiplier(december)).isEqualTo(timeline.maxMultiplier()).isGreaterThan(1.2);
        assertThat(timeline.multiplier(40)).isLessThan(1);
    }

    @Test
    void integratesFractionalDays() {
        Timeline timeline = new Timeline(LocalDate.of(2023, 1, 1), 1, 0);

        assertThat(timeline.intensity(2.25, 3.75)).isCloseTo(1.5 * timeline.multiplier(2), within(1e-12));
        assertThat(timeline.isoDate(2)).isEqualTo("2023-01-03");
    }
}
