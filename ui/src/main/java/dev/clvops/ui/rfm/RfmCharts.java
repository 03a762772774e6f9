package dev.clvops.ui.rfm;

import dev.clvops.platform.analytics.ClusterReport.CurvePoint;
import dev.clvops.platform.analytics.SegmentationDetails.ClusteringMethod;
import dev.clvops.platform.analytics.SegmentationDetails.CustomerPoint;
import dev.clvops.platform.analytics.SegmentationDetails.SegmentProfile;
import dev.clvops.ui.chart.XyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** ECharts options of the RFM tab. */
final class RfmCharts {

    static final int MIN_BUBBLE = 10;
    static final int MAX_BUBBLE = 60;

    private RfmCharts() {
    }

    /** One bubble per segment at (mean orders, mean spend), its area proportional to total CLV (else customers). */
    static Map<String, Object> bubbles(List<SegmentProfile> segments) {
        boolean clv = segments.stream().allMatch(s -> s.totalClv() != null);
        ToDoubleFunction<SegmentProfile> size = s -> clv ? Math.max(0, s.totalClv()) : s.customers();
        double largest = segments.stream().mapToDouble(size).max().orElse(1);
        List<Map<String, Object>> series = segments.stream().map(s -> XyOptions.ordered("type", "scatter",
                "name", s.segment(), "data", List.of(XyOptions.ordered("name", s.segment(), "value",
                        List.of(s.meanOrders(), s.meanSpend()), "symbolSize", bubble(size.applyAsDouble(s), largest))),
                "label", Map.of("show", true, "formatter", "{a}", "position", "top", "fontSize", 10))).toList();
        return XyOptions.withSeries(XyOptions.values("Segments: frequency x monetary, size = "
                + (clv ? "total CLV" : "customers"), "Mean orders", "Mean spend"), series);
    }

    /** Bubble diameter so that its area grows with {@code value}. */
    static int bubble(double value, double largest) {
        double share = largest > 0 ? Math.sqrt(Math.max(0, value) / largest) : 0;
        return (int) Math.round(MIN_BUBBLE + share * (MAX_BUBBLE - MIN_BUBBLE));
    }

    /** The k-means elbow: within-cluster sum of squares by k, the chosen k marked. */
    static Map<String, Object> elbow(List<CurvePoint> curve, int chosenK) {
        return curveChart("Elbow: inertia by k", "Inertia", curve.stream().map(CurvePoint::inertia).toList(),
                curve, chosenK);
    }

    /** The mean silhouette by k, the chosen k marked. */
    static Map<String, Object> silhouette(List<CurvePoint> curve, int chosenK) {
        return curveChart("Silhouette by k", "Mean silhouette", curve.stream().map(CurvePoint::silhouette).toList(),
                curve, chosenK);
    }

    private static Map<String, Object> curveChart(String title, String name, List<Double> values,
                                                  List<CurvePoint> curve, int chosenK) {
        List<String> ks = curve.stream().map(p -> Integer.toString(p.k())).toList();
        Map<String, Object> line = XyOptions.line(name, values);
        line.put("markLine", Map.of("symbol", "none", "label", Map.of("formatter", "chosen k = " + chosenK),
                "data", List.of(Map.of("xAxis", Integer.toString(chosenK)))));
        return XyOptions.withSeries(XyOptions.categories(title, ks, "k", name), List.of(line));
    }

    /** Customers per cluster of one method. */
    static Map<String, Object> sizes(ClusteringMethod method, String label) {
        List<String> clusters = IntStream.range(0, method.sizes().size()).mapToObj(c -> "Cluster " + c).toList();
        return XyOptions.withSeries(XyOptions.categories("Customers per cluster: " + label, clusters, "",
                "Customers"), List.of(XyOptions.bars("Customers", method.sizes())));
    }

    /** The sample on the first two principal components, one series per cluster of {@code method}. */
    static Map<String, Object> pca(List<CustomerPoint> sample, String method, String label) {
        Map<String, List<List<Double>>> groups = new TreeMap<>(RfmPresenter.CLUSTER_ORDER);
        sample.forEach(p -> groups.computeIfAbsent(RfmPresenter.clusterOf(p, method), g -> new ArrayList<>())
                .add(List.of(p.pca().get(0), p.pca().get(1))));
        List<Map<String, Object>> series = new ArrayList<>();
        groups.forEach((name, points) -> series.add(XyOptions.scatter(name, points, 5)));
        return XyOptions.withSeries(XyOptions.values("PCA of " + sample.size() + " sampled customers: " + label,
                "PC 1", "PC 2"), series);
    }

    /** The sample in log-RFM space, one group per cluster of {@code method}, for {@code Scatter3d}. */
    static Map<String, List<double[]>> rfm3d(List<CustomerPoint> sample, String method) {
        Map<String, List<double[]>> groups = new TreeMap<>(RfmPresenter.CLUSTER_ORDER);
        sample.forEach(p -> groups.computeIfAbsent(RfmPresenter.clusterOf(p, method), g -> new ArrayList<>())
                .add(new double[] {Math.log1p(p.daysSinceLast()), Math.log1p(p.orders()), Math.log1p(p.spend())}));
        return groups;
    }
}
