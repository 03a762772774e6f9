package dev.clvops.training.xgboost;

import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.platform.model.TrainingSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/** Fits the xgboost family: a value booster, optionally a quantile and an orders booster, on the ML features. */
public final class XgboostClvTrainer implements ClvTrainer {

    private final XgboostHyperParameters hyper;
    private final String codeVersion;
    private final Clock clock;

    public XgboostClvTrainer(XgboostHyperParameters hyper, String codeVersion, Clock clock) {
        this.hyper = hyper;
        this.codeVersion = codeVersion;
        this.clock = clock;
    }

    /** Uses the jar's implementation version ("unversioned" outside a jar) and the system clock. */
    public XgboostClvTrainer(XgboostHyperParameters hyper) {
        this(hyper, Objects.requireNonNullElse(XgboostClvTrainer.class.getPackage().getImplementationVersion(),
                "unversioned"), Clock.systemUTC());
    }

    @Override
    public String family() {
        return XgboostClvModel.FAMILY;
    }

    @Override
    public XgboostClvModel fit(TrainingSet set) {
        requireTargets(set);
        var rows = set.rows();
        var split = ValidationSplit.draw(rows.size(), hyper.validationShare(), hyper.seed());
        try (var matrices = TrainingMatrices.of(rows, set.featureNames().size(), split)) {
            var boosters = fitBoosters(rows, matrices);
            return new XgboostClvModel(provenance(set), set.featureNames(), hyper.objective(), boosters,
                    summary(boosters, split));
        }
    }

    private XgboostBoosters fitBoosters(List<CustomerRow> rows, TrainingMatrices matrices) {
        var fitter = new BoosterFitter(hyper);
        var value = fitter.fit(BoosterFitter.valueParameters(hyper), matrices,
                labels(rows, v -> hyper.objective().label(v)));
        var quantiles = hyper.quantiles() ? fitter.fit(BoosterFitter.quantileParameters(hyper), matrices,
                labels(rows, XgboostObjective.LOG1P::label)) : null;
        var orders = hyper.ordersModel() ? fitter.fit(BoosterFitter.ordersParameters(hyper), matrices,
                orderLabels(rows)) : null;
        return new XgboostBoosters(value, quantiles, orders);
    }

    private static void requireTargets(TrainingSet set) {
        if (set.horizonDays() <= 0) {
            throw new IllegalArgumentException("xgboost needs a target window; snapshot " + set.snapshot()
                    + " has horizon " + set.horizonDays() + " days");
        }
        for (var row : set.rows()) {
            if (!row.hasTarget() || Double.isNaN(row.futureValue())) {
                throw new IllegalArgumentException("xgboost needs targets; customer " + row.customerId()
                        + " of snapshot " + set.snapshot() + " has none");
            }
        }
    }

    /** Net future value can be negative after returns; the value is floored at 0 (both objectives need it). */
    private static float[] labels(List<CustomerRow> rows, DoubleUnaryOperator label) {
        var labels = new float[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) label.applyAsDouble(Math.max(0.0, rows.get(i).futureValue()));
        }
        return labels;
    }

    private static float[] orderLabels(List<CustomerRow> rows) {
        var labels = new float[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rows.get(i).futureOrders();
        }
        return labels;
    }

    private ModelProvenance provenance(TrainingSet set) {
        return new ModelProvenance(XgboostClvModel.FAMILY, set.snapshot(), set.cutoff(), set.horizonDays(),
                set.featureSetVersion(), hyper.asText(), hyper.seed(), codeVersion, clock.instant());
    }

    private static Map<String, Double> summary(XgboostBoosters boosters, ValidationSplit split) {
        var summary = new LinkedHashMap<String, Double>();
        summary.put("training_customers", (double) split.training().length);
        summary.put("validation_customers", (double) split.validation().length);
        putBooster(summary, "value", boosters.value());
        if (boosters.quantiles() != null) {
            putBooster(summary, "quantiles", boosters.quantiles());
        }
        if (boosters.orders() != null) {
            putBooster(summary, "orders", boosters.orders());
        }
        return summary;
    }

    private static void putBooster(Map<String, Double> summary, String name, FittedBooster booster) {
        summary.put(name + "_rounds_used", (double) booster.treeLimit());
        summary.put(name + "_rounds_trained", (double) booster.roundsTrained());
        String score = booster.attribute("best_score");
        if (score != null) {
            summary.put(name + "_validation_score", Double.parseDouble(score));
        }
    }
}
