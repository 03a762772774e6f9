package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.SegmentationDetails;
import dev.clvops.platform.analytics.SegmentationDetails.CustomerPoint;
import dev.clvops.reports.clustering.ClusteringResult;
import dev.clvops.reports.clustering.ClusteringSettings;
import dev.clvops.reports.clustering.MethodComparison;
import dev.clvops.reports.population.Population;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores a run's {@link SegmentationDetails} in {@code analytics_segmentations}: the per-method comparison, exact
 * segment and persona profiles and a seeded sample of {@value #SAMPLE} customers, so the RFM tab reads one small
 * document instead of scanning every customer.
 */
final class SegmentationDetailsWriter {

    static final int SAMPLE = 2_000;

    private SegmentationDetailsWriter() {
    }

    static SegmentationDetails write(DataSource dataSource, long runId, AnalysisResult r,
                                     AnalyticsSettings settings) {
        SegmentationDetails details = details(r, settings.clustering());
        JdbcClient.create(dataSource).sql("INSERT INTO analytics_segmentations (run_id, document)"
                + " VALUES (?, ?::jsonb)").params(runId, JdbcAnalyticsRuns.JSON.writeValueAsString(details)).update();
        return details;
    }

    static SegmentationDetails details(AnalysisResult r, ClusteringSettings settings) {
        Population p = r.population();
        return new SegmentationDetails(MethodComparison.compare(p, r.clustering(), settings),
                SegmentProfiles.segments(p, r.rfm()), SegmentProfiles.groups(p, i -> r.personas()[i].label()),
                IntStream.of(sample(p.size(), settings.seed())).mapToObj(i -> point(r, i)).toList());
    }

    /** Up to {@link #SAMPLE} distinct indices of 0..n-1, ascending, chosen at random with {@code seed}. */
    static int[] sample(int n, long seed) {
        return n <= SAMPLE ? IntStream.range(0, n).toArray()
                : new Random(seed).ints(0, n).distinct().limit(SAMPLE).sorted().toArray();
    }

    private static CustomerPoint point(AnalysisResult r, int i) {
        Population p = r.population();
        ClusteringResult c = r.clustering();
        double[] pca = c.pca()[i];
        return new CustomerPoint(p.ids()[i], r.rfm().segments()[i].label(), p.daysSinceLast()[i],
                p.orderCount()[i], p.totalSpend()[i], p.hasPredictions() ? p.requirePredictions().clv()[i] : null,
                List.of(pca[0], pca[1], pca[2]), c.kmeans()[i], c.dbscan()[i], c.ward()[i]);
    }
}
