package dev.clvops.training.synthetic;

import dev.clvops.platform.demo.GeneratorSettings;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code <name>.params.json} written next to the orders: population parameters, units and settings. */
final class ParamsJson {

    private ParamsJson() {
    }

    static String render(PopulationParameters population, GeneratorSettings settings, Timeline timeline,
            String ordersFile, String truthFile) {
        String seasonality = Arrays.stream(Timeline.MONTHLY).mapToObj(Double::toString)
                .collect(Collectors.joining(", ", "[", "]"));
        return String.format(Locale.ROOT, """
                {
                  "generator": "BtydDemoDataGenerator",
                  "time_unit": "days",
                  "orders_file": "%s",
                  "truth_file": "%s",
                  "customers": %d,
                  "months": %d,
                  "seed": %d,
                  "dirty_fraction": %s,
                  "history_start": "%s",
                  "history_end": "%s",
                  "horizon_days": %d,
                  "bg_nbd": {"r": %s, "alpha": %s, "a": %s, "b": %s},
                  "gamma_gamma": {"p": %s, "q": %s, "gamma": %s},
                  "mean_lambda_per_day": %s,
                  "mean_dropout": %s,
                  "mean_order_value": %s,
                  "return_probability": %s,
                  "monthly_seasonality": %s
                }
                """, escaped(ordersFile), escaped(truthFile), settings.customers(), settings.months(), settings.seed(),
                Double.toString(settings.dirtyFraction()), timeline.start(), timeline.lastDay(),
                population.horizonDays(), num(population.r()), num(population.alpha()), num(population.a()),
                num(population.b()), num(population.spendShape()), num(population.q()), num(population.gamma()),
                num(population.meanLambda()), num(population.meanDropout()), num(population.meanOrderValue()),
                num(population.returnProbability()), seasonality);
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String num(double value) {
        return Double.toString(value);
    }
}
