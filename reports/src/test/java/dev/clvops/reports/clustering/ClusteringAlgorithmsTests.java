package dev.clvops.reports.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusteringAlgorithmsTests {

    /** Three tight blobs of 100 points around (0,0), (10,0) and (0,10). */
    private static double[][] blobs() {
        Random random = new Random(1);
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        double[][] points = new double[300][];
        for (int i = 0; i < 300; i++) {
            double[] c = centres[i % 3];
            points[i] = new double[] {c[0] + random.nextGaussian() * 0.3, c[1] + random.nextGaussian() * 0.3};
        }
        return points;
    }

    @Test
    void kMeansChoosesThePlantedNumberOfClustersBySilhouette() {
        KMeansCurve curve = KMeansCurve.fit(blobs(), 2, 6, 300, 42L);

        assertThat(curve.bestK()).isEqualTo(3);
        assertThat(curve.curve()).hasSize(5);
        assertThat(curve.curve().get(1).inertia()).isLessThan(curve.curve().get(0).inertia() / 10);
        assertThat(Arrays.stream(curve.centroids(3)).map(c -> Math.round(c[0]) + "," + Math.round(c[1])))
                .containsExactlyInAnyOrder("0,0", "10,0", "0,10");
    }

    @Test
    void silhouetteIsOneForPointsOnTopOfTheirCentresAndNegativeForSwappedLabels() {
        double[][] points = {{0, 0}, {0, 0}, {4, 0}, {4, 0}};

        assertThat(Silhouette.mean(points, new int[] {0, 0, 1, 1}, 2)).isEqualTo(1.0);
        // swapped: own-cluster distance a = 4, other-cluster mean b = (0 + 4) / 2 = 2, s = (2 - 4) / 4
        assertThat(Silhouette.mean(points, new int[] {0, 1, 0, 1}, 2)).isEqualTo(-0.5);
    }

    @Test
    void kneeOfTheKDistanceCurveSitsWhereItTurnsUp() {
        double[] curve = {1, 1, 1.1, 1.1, 1.2, 1.2, 1.3, 1.3, 5, 9};

        assertThat(KDistanceKnee.knee(curve)).isEqualTo(1.3);
    }

    @Test
    void dbscanFindsTheBlobsWithEpsFromTheKnee() {
        Random random = new Random(5);
        double[][] points = Arrays.copyOf(blobs(), 320);
        for (int i = 300; i < 320; i++) {
            points[i] = new double[] {-20 + 60 * random.nextDouble(), -20 + 60 * random.nextDouble()};
        }

        DbscanLabels.Fit fit = DbscanLabels.fit(points);

        assertThat(fit.minPts()).isEqualTo(4);
        assertThat(fit.eps()).isBetween(0.05, 3.0);
        assertThat(fit.clusters()).isEqualTo(3);
        assertThat(fit.labels()[0]).isEqualTo(fit.labels()[3]).isNotEqualTo(fit.labels()[1]);
        assertThat(Arrays.stream(fit.labels()).filter(l -> l < 0).count()).isBetween(10L, 20L);
    }

    @Test
    void wardMergesTheClosestPairsFirst() {
        double[][] points = {{0}, {1}, {10}, {11}, {30}};

        WardLinkage.Merge[] merges = WardLinkage.merges(points);
        int[] two = WardLinkage.cut(merges, 5, 2);
        int[] three = WardLinkage.cut(merges, 5, 3);

        // {0,1} and {10,11} merge at 1; joining them costs ~ (2*2/4)*10^2 = 100, less than {10,11}+{30} at
        // (2*1/3)*19.5^2 = 253.5, so k = 2 leaves {30} alone
        assertThat(Arrays.stream(merges).mapToDouble(WardLinkage.Merge::height).sorted().limit(2))
                .containsExactly(1.0, 1.0);
        assertThat(three).containsExactly(0, 0, 1, 1, 2);
        assertThat(two).containsExactly(0, 0, 0, 0, 1);
    }

    @Test
    void pcaExplainsAllVarianceOfPointsOnALine() {
        double[][] points = new double[50][];
        for (int i = 0; i < 50; i++) {
            points[i] = new double[] {i, 2 * i, -i};
        }

        PrincipalComponents pca = PrincipalComponents.fit(points);

        assertThat(pca.explainedVariance().getFirst()).isCloseTo(1.0, within(1e-9));
        assertThat(pca.project(points)[0]).hasSize(3);
    }

    @Test
    void namesClustersByValueRelativeToThePopulation() {
        assertThat(ClusterNaming.label(300, 100, 50, 100)).isEqualTo("High value");
        assertThat(ClusterNaming.label(100, 100, 50, 100)).isEqualTo("Medium value");
        assertThat(ClusterNaming.label(40, 100, 50, 100)).isEqualTo("Potential value");
        assertThat(ClusterNaming.label(40, 100, 300, 100)).isEqualTo("Low value");
    }
}
