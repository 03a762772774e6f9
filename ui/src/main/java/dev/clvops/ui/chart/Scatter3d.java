package dev.clvops.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 3-D scatter the user rotates by dragging, drawn with plain ECharts as SVG: the browser projects the points for
 * the current rotation on every drag (no WebGL, so it also renders in headless browsers and on machines without a
 * GPU). Coordinates are scaled per axis to [-1, 1].
 */
@Tag("clvops-scatter3d")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./clvops-scatter3d.js")
public class Scatter3d extends Component {

    /** A chart of {@code width} x {@code height} pixels. */
    public Scatter3d(int width, int height) {
        getElement().setAttribute("width", Integer.toString(width));
        getElement().setAttribute("height", Integer.toString(height));
        getStyle().setWidth(width + "px").setHeight(height + "px").setDisplay(Style.Display.BLOCK)
                .setCursor("grab");
    }

    /** Shows {@code groups} (name to [x, y, z] points) on axes named {@code axes} (three names). */
    public void setPoints(String title, List<String> axes, Map<String, List<double[]>> groups) {
        if (axes.size() != 3) {
            throw new IllegalArgumentException("a 3-D scatter needs three axis names, got " + axes);
        }
        getElement().setAttribute("data", JsonText.of(Map.of("title", title, "axes", axes,
                "groups", scaled(groups))));
    }

    /** Each coordinate scaled to [-1, 1] by the range of its axis over all groups (0 for a constant axis). */
    static List<Map<String, Object>> scaled(Map<String, List<double[]>> groups) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        groups.values().forEach(points -> points.forEach(p -> {
            for (int a = 0; a < 3; a++) {
                min[a] = Math.min(min[a], p[a]);
                max[a] = Math.max(max[a], p[a]);
            }
        }));
        List<Map<String, Object>> scaled = new ArrayList<>();
        groups.forEach((name, points) -> {
            List<List<Double>> coordinates = points.stream().map(p -> List.of(unit(p[0], min[0], max[0]),
                    unit(p[1], min[1], max[1]), unit(p[2], min[2], max[2]))).toList();
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", name);
            group.put("points", coordinates);
            scaled.add(group);
        });
        return scaled;
    }

    private static double unit(double v, double min, double max) {
        return max > min ? Math.round((2 * (v - min) / (max - min) - 1) * 1e4) / 1e4 : 0;
    }
}
