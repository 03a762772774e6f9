package dev.clvops.ui.models;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.TrainingEvaluation;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The latest training run's arena table and holdout charts: per family, XGBoost explanations, BTYD tracking. */
class EvaluationPanel extends VerticalLayout {

    /** An arena column: the stored metric's key and its header. */
    record Metric(String key, String header) {
    }

    static final List<Metric> METRICS = List.of(new Metric("normalized_gini", "Normalized Gini"),
            new Metric("mae", "MAE"), new Metric("rmse", "RMSE"), new Metric("r2", "R²"),
            new Metric("spearman", "Spearman"), new Metric("top_decile_capture", "Top-decile capture"),
            new Metric("decile_mape", "Decile MAPE"));

    private final EChart scatter = chart("chart-actual-predicted", 480, 380);
    private final EChart residuals = chart("chart-residuals", 480, 380);
    private final EChart calibration = chart("chart-calibration", 480, 380);

    EvaluationPanel(TrainingEvaluation evaluation) {
        setPadding(false);
        List<FamilyEvaluation> arena = ModelsPresenter.arena(evaluation);
        add(new H3("Arena of training run " + evaluation.trainingRunId()), createArena(arena, evaluation.champion()));
        if (arena.isEmpty()) {
            return;
        }
        add(createFamilySelect(arena), Blocks.row(scatter, residuals, calibration));
        show(arena.getFirst());
        ModelsPresenter.explained(evaluation).ifPresent(f -> add(new H3("Why XGBoost predicts what it does"),
                Blocks.row(chart("chart-importance", 560, 420, EvaluationCharts.importance(f.importance())),
                        chart("chart-shap", 640, 420, EvaluationCharts.shap(f.shap())))));
        List<FamilyEvaluation> tracked = ModelsPresenter.tracked(evaluation);
        if (!tracked.isEmpty()) {
            add(new H3("BTYD tracking on the holdout"), Blocks.row(
                    chart("chart-tracking", 620, 360, EvaluationCharts.tracking(tracked, false)),
                    chart("chart-tracking-cumulative", 620, 360, EvaluationCharts.tracking(tracked, true))));
        }
    }

    private Component createArena(List<FamilyEvaluation> arena, @Nullable String champion) {
        Grid<FamilyEvaluation> grid = new Grid<>();
        grid.setId("arena");
        grid.addColumn(FamilyEvaluation::family).setHeader("Family");
        grid.addColumn(f -> f.version() == null ? "–" : "v" + f.version()).setHeader("Version");
        grid.addColumn(f -> f.family().equals(champion) ? "champion" : "").setHeader("Arena");
        METRICS.forEach(metric -> grid.addColumn(f -> ModelsPresenter.metric(f.metrics(), metric.key()))
                .setHeader(metric.header()).setKey(metric.key()).setAutoWidth(true));
        grid.setItems(arena);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createFamilySelect(List<FamilyEvaluation> arena) {
        Select<FamilyEvaluation> family = new Select<>();
        family.setId("evaluation-family");
        family.setLabel("Family");
        family.setItems(arena);
        family.setItemLabelGenerator(FamilyEvaluation::family);
        family.setValue(arena.getFirst());
        family.addValueChangeListener(event -> show(event.getValue()));
        return family;
    }

    private void show(FamilyEvaluation family) {
        scatter.setOption(EvaluationCharts.actualVsPredicted(family));
        residuals.setOption(EvaluationCharts.residuals(family));
        calibration.setOption(EvaluationCharts.calibration(family));
    }

    private static EChart chart(String id, int width, int height, Map<String, Object> option) {
        EChart chart = chart(id, width, height);
        chart.setOption(option);
        return chart;
    }

    private static EChart chart(String id, int width, int height) {
        EChart chart = new EChart(width, height);
        chart.setId(id);
        return chart;
    }
}
