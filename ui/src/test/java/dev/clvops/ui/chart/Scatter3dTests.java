package dev.clvops.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Scatter3dTests {

    @Test
    void scalesEveryAxisToMinusOneOneOverAllGroups() {
        Map<String, List<double[]>> groups = new LinkedHashMap<>();
        groups.put("a", List.of(new double[] {0, 10, 5}, new double[] {4, 20, 5}));
        groups.put("b", List.of(new double[] {2, 15, 5}));

        List<Map<String, Object>> scaled = Scatter3d.scaled(groups);

        assertThat(scaled.get(0)).containsEntry("name", "a")
                .containsEntry("points", List.of(List.of(-1.0, -1.0, 0.0), List.of(1.0, 1.0, 0.0)));
        assertThat(scaled.get(1)).containsEntry("points", List.of(List.of(0.0, 0.0, 0.0)));
    }
}
