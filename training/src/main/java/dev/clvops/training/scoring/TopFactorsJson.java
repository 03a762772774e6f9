package dev.clvops.training.scoring;

import dev.clvops.training.xgboost.FeatureContribution;
import java.util.List;

/** The top SHAP factors of one customer as a JSON array of {@code {"feature", "value", "contribution"}}. */
final class TopFactorsJson {

    private TopFactorsJson() {
    }

    static String of(List<FeatureContribution> factors) {
        StringBuilder json = new StringBuilder(64 * factors.size() + 2).append('[');
        for (FeatureContribution factor : factors) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append("{\"feature\": ");
            string(json, factor.feature());
            json.append(", \"value\": ");
            number(json, factor.value());
            json.append(", \"contribution\": ");
            number(json, factor.contribution());
            json.append('}');
        }
        return json.append(']').toString();
    }

    /** JSON has no NaN or infinity: those become null. */
    private static void number(StringBuilder json, double value) {
        json.append(Double.isFinite(value) ? Double.toString(value) : "null");
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
