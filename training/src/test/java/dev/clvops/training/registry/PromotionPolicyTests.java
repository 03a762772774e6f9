package dev.clvops.training.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.training.registry.PromotionPolicy.Direction;
import org.junit.jupiter.api.Test;

class PromotionPolicyTests {

    @Test
    void measuresImprovementAsADropForLowerIsBetterMetrics() {
        PromotionPolicy rmse = new PromotionPolicy("rmse", Direction.LOWER_IS_BETTER, 0.1);

        assertThat(rmse.improvement(9.5, 10.0)).isEqualTo(0.5);
        assertThat(rmse.improvement(10.5, 10.0)).isEqualTo(-0.5);
    }

    @Test
    void measuresImprovementAsARiseForHigherIsBetterMetrics() {
        PromotionPolicy gini = new PromotionPolicy("gini", Direction.HIGHER_IS_BETTER, 0.01);

        assertThat(gini.improvement(0.62, 0.60)).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void refusesANegativeOrMissingMargin() {
        assertThatThrownBy(() -> new PromotionPolicy("rmse", Direction.LOWER_IS_BETTER, -0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new PromotionPolicy("rmse", Direction.LOWER_IS_BETTER, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
