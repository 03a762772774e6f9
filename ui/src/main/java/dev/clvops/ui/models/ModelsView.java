package dev.clvops.ui.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Registered model versions with their holdout metrics, the champion, and why each promotion went as it did. */
@Route(value = "models", layout = MainLayout.class)
@PageTitle("Model evaluation · clvops")
@Menu(order = 9, title = "Model evaluation")
@RolesAllowed({Roles.ADMIN, Roles.OPS, Roles.ANALYST})
public class ModelsView extends VerticalLayout {

    private static final String METRIC = "normalized_gini";

    public ModelsView(ModelRegistry registry) {
        ModelsPresenter presenter = new ModelsPresenter(registry);
        add(Blocks.title("Model evaluation"), Blocks.help("Every model family (BG/NBD, Pareto/NBD, Gamma-Gamma, "
                + "XGBoost, historical baseline) is fitted on the same training snapshot and scored on the holdout "
                + "horizon. A version becomes champion when it beats the current one on the primary metric by the "
                + "promotion margin; the decisions table says why each promotion went as it did."));
        List<ModelVersion> versions = presenter.versions();
        if (versions.isEmpty()) {
            add(Blocks.empty("No model yet — run training (./clvops train) to fit and compare the model families."));
            return;
        }
        add(createMetricChart(versions), new H3("Versions"), createVersions(versions), new H3("Promotions"),
                createDecisions(presenter.decisions()));
    }

    private Component createMetricChart(List<ModelVersion> versions) {
        Map<String, Double> latest = new TreeMap<>();
        versions.stream().filter(v -> v.metrics().containsKey(METRIC))
                .forEach(v -> latest.putIfAbsent(v.family() + " v" + v.version(), v.metrics().get(METRIC)));
        EChart chart = new EChart(640, 280);
        chart.setId("chart-metric");
        chart.setOption(ChartOptions.bars("Normalized Gini on the holdout", List.copyOf(latest.keySet()),
                List.copyOf(latest.values())));
        return chart;
    }

    private Component createVersions(List<ModelVersion> versions) {
        Grid<ModelVersion> grid = new Grid<>();
        grid.setId("model-versions");
        grid.addColumn(ModelVersion::family).setHeader("Family");
        grid.addColumn(ModelVersion::version).setHeader("Version");
        grid.addColumn(v -> String.join(", ", v.aliases())).setHeader("Aliases");
        grid.addColumn(v -> metrics(v.metrics())).setHeader("Holdout metrics").setFlexGrow(3);
        grid.addColumn(ModelVersion::status).setHeader("Status");
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createDecisions(List<PromotionDecision> decisions) {
        Grid<PromotionDecision> grid = new Grid<>();
        grid.setId("promotions");
        grid.addColumn(PromotionDecision::family).setHeader("Family");
        grid.addColumn(PromotionDecision::candidateVersion).setHeader("Candidate");
        grid.addColumn(d -> d.promoted() ? "promoted" : "kept champion").setHeader("Outcome");
        grid.addColumn(PromotionDecision::reason).setHeader("Reason").setFlexGrow(3);
        grid.setItems(decisions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String metrics(Map<String, Double> metrics) {
        return new TreeMap<>(metrics).entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3f", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
