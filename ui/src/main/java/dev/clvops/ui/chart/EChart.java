package dev.clvops.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Style;
import java.util.Map;

/** An Apache ECharts chart, drawn as SVG at a fixed size so it never collapses inside unsized layouts. */
@Tag("clvops-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./clvops-echart.js")
public class EChart extends Component {

    /** A chart of {@code width} x {@code height} pixels. */
    public EChart(int width, int height) {
        getElement().setAttribute("width", Integer.toString(width));
        getElement().setAttribute("height", Integer.toString(height));
        getStyle().setWidth(width + "px").setHeight(height + "px").setDisplay(Style.Display.BLOCK);
    }

    /** Replaces the chart's option (an ECharts option object as nested maps, lists, strings and numbers). */
    public void setOption(Map<String, ?> option) {
        getElement().setAttribute("option", JsonText.of(option));
    }
}
