package dev.clvops.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.drift.FeaturePsiPoint;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PsiTrendTests {

    private static final Instant FIRST = Instant.parse("2026-11-20T14:05:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void makesOneCategoryPerReportAndOneSeriesPerFeatureInReportOrder() {
        PsiTrend trend = PsiTrend.of(List.of(new FeaturePsiPoint(7, FIRST, "recency", 0.02),
                new FeaturePsiPoint(7, FIRST, "frequency", 0.1), new FeaturePsiPoint(9, SECOND, "recency", 0.3),
                new FeaturePsiPoint(9, SECOND, "frequency", 0.12)));

        assertThat(trend.reports()).containsExactly("#7 11-20 14:05", "#9 11-21 02:00");
        assertThat(trend.series()).containsOnlyKeys("frequency", "recency");
        assertThat(trend.series().get("recency")).containsExactly(0.02, 0.3);
        assertThat(trend.series().get("frequency")).containsExactly(0.1, 0.12);
    }

    @Test
    void leavesAGapWhereAFeatureWasNotChecked() {
        PsiTrend trend = PsiTrend.of(List.of(new FeaturePsiPoint(1, FIRST, "recency", 0.02),
                new FeaturePsiPoint(2, SECOND, "recency", 0.05), new FeaturePsiPoint(2, SECOND, "predicted_clv", 0.4)));

        assertThat(trend.series().get("predicted_clv")).isEqualTo(Arrays.asList(null, 0.4));
    }

    @Test
    void isEmptyWithoutReports() {
        assertThat(PsiTrend.of(List.of()).isEmpty()).isTrue();
    }
}
