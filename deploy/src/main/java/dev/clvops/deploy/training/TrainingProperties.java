package dev.clvops.deploy.training;

import dev.clvops.training.arena.ArenaMetric;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Training settings (prefix {@code clvops.training}).
 *
 * @param primaryMetric the arena's and the promotion gate's metric, e.g. {@code normalized-gini}
 * @param promotionMargin the improvement a challenger needs on the primary metric to become champion
 * @param discountRate the yearly discount rate of CLV predictions
 * @param grossMargin the share of revenue that is profit (1.0: revenue CLV)
 * @param horizonDays the default target window of training runs
 * @param families the families trained by default
 * @param seed the default seed
 */
@ConfigurationProperties("clvops.training")
public record TrainingProperties(@DefaultValue("normalized-gini") ArenaMetric primaryMetric,
                                 @DefaultValue("0.01") double promotionMargin,
                                 @DefaultValue("0.10") double discountRate,
                                 @DefaultValue("1.0") double grossMargin,
                                 @DefaultValue("180") int horizonDays,
                                 @DefaultValue({"bgnbd", "paretonbd", "gammagamma", "xgboost", "baseline"})
                                 List<String> families,
                                 @DefaultValue("42") long seed) {
}
