package dev.clvops.ui.monitoring;

import dev.clvops.platform.drift.FeaturePsiPoint;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PSI per feature over reports, shaped for a line chart: one category per report (oldest first) and one series per
 * feature with a value per report, null where the feature was not checked in that report.
 *
 * @param reports the category labels, e.g. {@code #12 11-20 14:05}
 * @param series feature to its PSI per report, features in name order
 */
record PsiTrend(List<String> reports, Map<String, List<Double>> series) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    PsiTrend {
        reports = List.copyOf(reports);
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    }

    static PsiTrend of(List<FeaturePsiPoint> points) {
        Map<Long, String> labels = new TreeMap<>();
        points.forEach(p -> labels.putIfAbsent(p.reportId(), "#" + p.reportId() + " " + LABEL.format(p.createdAt())));
        List<Long> ids = List.copyOf(labels.keySet());
        Map<String, List<Double>> series = new TreeMap<>();
        for (FeaturePsiPoint point : points) {
            series.computeIfAbsent(point.feature(), f -> new ArrayList<>(Collections.nCopies(ids.size(), null)))
                    .set(ids.indexOf(point.reportId()), point.psi());
        }
        return new PsiTrend(List.copyOf(labels.values()), series);
    }

    boolean isEmpty() {
        return reports.isEmpty();
    }
}
