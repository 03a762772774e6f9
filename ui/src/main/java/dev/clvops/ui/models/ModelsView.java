package dev.clvops.ui.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.model.EvaluationReader;
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

/** The latest arena with holdout charts, every registered version with its metrics, and the promotions. */
@Route(value = "models", layout = MainLayout.class)
@PageTitle("Model evaluation · clvops")
@Menu(order = 9, title = "Model evaluation")
@RolesAllowed({Roles.ADMIN, Roles.OPS, Roles.ANALYST})
public class ModelsView extends VerticalLayout {

    private static final String METRIC = "normalized_gini";

    static final String HELP = "Every model family (BG/NBD, Pareto/NBD, Gamma-Gamma, XGBoost, historical baseline) "
            + "is fitted on the same training data and scored on a holdout period it has not seen. The arena table "
            + "compares them: Normalized Gini (does the model rank valuable customers first; 1 is perfect), MAE "
            + "and RMSE (typical error in money), R² (share of the variation explained). Actual vs predicted "
            + "shows a sample of 2,000 customers; points on the dashed line are predicted exactly. Residuals are "
            + "actual minus predicted for every holdout customer: a peak at 0 is good, a lean to one side means "
            + "the model over- or under-predicts. Calibration sorts customers by prediction into ten deciles and "
            + "compares mean predicted with mean actual value: a calibrated model has equal bars. Feature "
            + "importance says which inputs XGBoost splits on most; the SHAP summary shows, per customer, how "
            + "much each input pushed that prediction up (right) or down (left), red for high input values and "
            + "blue for low. The tracking plot compares the repeat purchases BG/NBD and Pareto/NBD expected week by "
            + "week with what customers actually did. A version becomes champion when it beats the current one on "
            + "the primary metric by the promotion margin; the promotions table says why.";

    public ModelsView(ModelRegistry registry, EvaluationReader evaluations) {
        ModelsPresenter presenter = new ModelsPresenter(registry, evaluations);
        add(Blocks.title("Model evaluation"), Blocks.help(HELP));
        List<ModelVersion> versions = presenter.versions();
        var evaluation = presenter.evaluation();
        if (versions.isEmpty() && evaluation.isEmpty()) {
            add(Blocks.empty("No model yet — run training (./clvops train) to fit and compare the model families."));
            return;
        }
        evaluation.ifPresent(e -> add(new EvaluationPanel(e)));
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
