package dev.clvops.ui.summary;

import static dev.clvops.ui.shell.Blocks.money;

import dev.clvops.platform.analytics.ExecutiveFacts;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the executive PDF's facts of the latest run and words the parts the tab shows as text. */
class SummaryPresenter {

    private final ExecutiveFactsReader reader;

    SummaryPresenter(ExecutiveFactsReader reader) {
        this.reader = reader;
    }

    /** The latest run's executive facts, empty before the first analytics run. */
    Optional<ExecutiveFacts> facts() {
        return reader.latest();
    }

    /** The P10–P90 band of total predicted CLV, e.g. "8,100 – 29,300"; empty without an interval. */
    static Optional<String> band(ExecutiveFacts.PredictedValue value) {
        return value.p10() == null || value.p90() == null ? Optional.empty()
                : Optional.of(money(value.p10()) + " – " + money(value.p90()));
    }

    /** E.g. "bgnbd v3", or "none yet" when no model scored the customers. */
    static String model(ExecutiveFacts.ModelHealth model) {
        return model.family() == null || model.version() == null ? "none yet"
                : model.family() + " v" + model.version();
    }

    /** E.g. "bgnbd v3", or "none registered". */
    static String champion(ExecutiveFacts.ModelHealth model) {
        return model.champion() == null ? "none registered" : model.family() + " v" + model.champion();
    }

    /** The holdout (arena) metrics by name with three decimals, as the PDF prints them. */
    static List<Map.Entry<String, String>> holdout(ExecutiveFacts.ModelHealth model) {
        return new TreeMap<>(model.metrics()).entrySet().stream()
                .map(metric -> Map.entry(metric.getKey(), String.format(Locale.ROOT, "%,.3f", metric.getValue())))
                .toList();
    }

    /** Month-1 and month-3 retention lines over the trend's cohorts. */
    static Map<String, List<Double>> retentionLines(List<ExecutiveFacts.RetentionPoint> trend) {
        Map<String, List<Double>> lines = new LinkedHashMap<>();
        lines.put("Month 1", trend.stream().map(ExecutiveFacts.RetentionPoint::month1).toList());
        lines.put("Month 3", trend.stream().map(ExecutiveFacts.RetentionPoint::month3).toList());
        return lines;
    }
}
