package dev.clvops.training.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HypergeometricTests {

    @Test
    void matchesTheClosedFormOfTheLogarithmSeries() {
        // A&S 15.1.3: 2F1(1, 1; 2; z) = −ln(1 − z) / z
        double z = 0.9;

        assertThat(Hypergeometric.hyp2F1(1, 1, 2, z)).isCloseTo(-Math.log(1 - z) / z, within(1e-12));
        assertThat(Hypergeometric.log2F1(1, 1, 2, z)).isCloseTo(Math.log(-Math.log(1 - z) / z), within(1e-12));
    }

    @Test
    void rescalesHugeSumsInsteadOfOverflowing() {
        // A&S 15.1.8: 2F1(a, b; b; z) = (1 − z)^−a, here e^458, beyond a double's range of terms summed plainly
        assertThat(Hypergeometric.log2F1(500, 3, 3, 0.6)).isCloseTo(-500 * Math.log(0.4), within(1e-9));
        assertThat(Hypergeometric.log2F1(5_000, 3, 3, 0.6)).isCloseTo(-5_000 * Math.log(0.4), within(1e-8));
    }

    @Test
    void terminatesForNegativeIntegerParameters() {
        // 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
        double expected = 1 - 2 * 3.0 * 0.5 / 4 + 3.0 * 4 * 0.25 / (4 * 5);

        assertThat(Hypergeometric.hyp2F1(-2, 3, 4, 0.5)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void rejectsArgumentsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> Hypergeometric.log2F1(1, 1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("z=1.0");
    }
}
