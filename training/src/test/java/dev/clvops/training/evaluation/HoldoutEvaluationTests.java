package dev.clvops.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.model.FamilyEvaluation.Bin;
import dev.clvops.platform.model.FamilyEvaluation.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldoutEvaluationTests {

    @Test
    void keepsTheSampledPairsAndCountsEveryResidualOnce() {
        double[] actual = new double[1000];
        double[] predicted = new double[1000];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = i;
            predicted[i] = i % 2 == 0 ? i - 10 : i + 10;
        }

        HoldoutEvaluation evaluation = HoldoutEvaluation.of(actual, predicted, new int[] {3, 500});

        assertThat(evaluation.sample()).containsExactly(new Pair(3, 13), new Pair(500, 490));
        assertThat(evaluation.residuals().stream().mapToLong(Bin::customers).sum()).isEqualTo(1000);
        assertThat(evaluation.residuals().getFirst().lower()).isEqualTo(-10);
        assertThat(evaluation.residuals().getLast().upper()).isEqualTo(10);
        assertThat(evaluation.residuals().getFirst().customers()).isEqualTo(500);
        assertThat(evaluation.residuals().getLast().customers()).isEqualTo(500);
    }

    @Test
    void putsTheTailsBeyondThePercentilesIntoTheOuterBins() {
        double[] residuals = new double[200];
        for (int i = 0; i < residuals.length; i++) {
            residuals[i] = i;
        }
        residuals[0] = -1e6;
        residuals[199] = 1e6;

        List<Bin> bins = HoldoutEvaluation.histogram(residuals);

        assertThat(bins).hasSize(HoldoutEvaluation.BINS);
        assertThat(bins.getFirst().lower()).isGreaterThan(0);
        assertThat(bins.getLast().upper()).isLessThan(199);
        assertThat(bins.stream().mapToLong(Bin::customers).sum()).isEqualTo(200);
        assertThat(bins.get(1).upper() - bins.get(1).lower()).isCloseTo(
                (bins.getLast().upper() - bins.getFirst().lower()) / HoldoutEvaluation.BINS, within(1e-9));
    }

    @Test
    void anEqualResidualEverywhereIsOneBin() {
        assertThat(HoldoutEvaluation.histogram(new double[] {2, 2, 2})).containsExactly(new Bin(2, 2, 3));
    }

    @Test
    void samplesAtMostTwoThousandDistinctIndicesRepeatably() {
        int[] sample = HoldoutEvaluation.sample(50_000, 7L);

        assertThat(sample).hasSize(HoldoutEvaluation.SAMPLE).doesNotHaveDuplicates().isSorted()
                .isEqualTo(HoldoutEvaluation.sample(50_000, 7L));
        assertThat(HoldoutEvaluation.sample(5, 7L)).containsExactly(0, 1, 2, 3, 4);
    }
}
