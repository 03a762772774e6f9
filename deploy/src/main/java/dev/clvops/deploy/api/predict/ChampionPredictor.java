package dev.clvops.deploy.api.predict;

import dev.clvops.deploy.api.ApiSettings;
import dev.clvops.deploy.api.Problems;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.reports.analytics.AnalyticsSettings;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Predicts with the champion model, decoded once and kept; every {@code alias-check-interval} one request asks the
 * registry whether the champion moved (others go on with the current one) and reloads it when it did.
 */
@Service
public class ChampionPredictor {

    private static final Logger log = LoggerFactory.getLogger(ChampionPredictor.class);
    private static final int TOP_FACTORS = 5;

    private final ChampionChoice choice;
    private final ModelRegistry registry;
    private final ApiSettings.Predict settings;
    private final ClvSettings clv;
    private final double cacShare;
    private final CustomerAnalyticsReader analytics;
    private final JdbcClient jdbc;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile @Nullable State state;

    ChampionPredictor(ModelRegistry registry, ApiSettings api, AnalyticsSettings analyticsSettings,
                      CustomerAnalyticsReader analytics, DataSource dataSource) {
        this.registry = registry;
        this.settings = api.predict();
        this.choice = new ChampionChoice(registry, settings);
        this.clv = new ClvSettings(settings.annualDiscountRate(), settings.grossMargin());
        this.cacShare = analyticsSettings.audiences().cacShare();
        this.analytics = analytics;
        this.jdbc = JdbcClient.create(dataSource);
    }

    private record State(Champion champion, @Nullable TierCuts tiers, long checkedAt) {
    }

    /** Predicts one customer summary; 400 naming invalid fields, 503 without a champion. */
    public Prediction predict(CustomerSummary summary) {
        Map<String, String> problems = summary.problems();
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        State current = current();
        Champion champion = current.champion();
        CustomerRow row = champion.features().row(summary);
        CustomerPrediction p = champion.model().predict(row, champion.horizonDays(), clv);
        double width = p.clv() > 0 ? (p.p90() - p.p10()) / p.clv() : Double.POSITIVE_INFINITY;
        return new Prediction(row.customerId(), p.clv(), new Prediction.Interval(p.p10(), p.p50(), p.p90()),
                p.expectedPurchases(), Double.isNaN(p.probabilityAlive()) ? null : p.probabilityAlive(),
                current.tiers() == null ? null : current.tiers().tier(p.clv()), cacShare * p.clv(),
                width <= 1 ? "high" : width <= 2 ? "medium" : "low", Double.isFinite(width) ? width : -1,
                champion.horizonDays(), new Prediction.ModelRef(champion.family(), champion.version()),
                factors(champion, row), champion.features().defaulted(summary));
    }

    /** The champion predicting now, loading it on first use. */
    public Prediction.ModelRef champion() {
        Champion champion = current().champion();
        return new Prediction.ModelRef(champion.family(), champion.version());
    }

    private State current() {
        State current = state;
        boolean stale = current == null
                || System.nanoTime() - current.checkedAt() > settings.aliasCheckInterval().toNanos();
        if (!stale) {
            return current;
        }
        if (current != null && !refreshing.tryLock()) {
            return current;
        }
        if (current == null) {
            refreshing.lock();
        }
        try {
            State latest = state;
            if (latest == null || latest == current) {
                state = latest = refresh(current);
            }
            return latest;
        } finally {
            refreshing.unlock();
        }
    }

    private State refresh(@Nullable State old) {
        try {
            ModelVersion chosen = choice.choose().orElseThrow(() -> Problems.status(HttpStatus.SERVICE_UNAVAILABLE,
                    "No champion model yet: train and promote a model first"));
            Champion champion = old != null && old.champion().family().equals(chosen.family())
                    && old.champion().version() == chosen.version() ? old.champion() : load(chosen);
            Optional<AnalyticsRun> run = analytics.latestRun();
            TierCuts tiers = run.map(r -> old != null && old.tiers() != null && old.tiers().runId() == r.runId()
                    ? old.tiers() : TierCuts.load(jdbc, r.runId())).orElse(null);
            return new State(champion, tiers, System.nanoTime());
        } catch (RuntimeException e) {
            if (old == null) {
                throw e;
            }
            log.warn("Cannot check the champion model, predicting with {} v{}: {}", old.champion().family(),
                    old.champion().version(), e.toString());
            return new State(old.champion(), old.tiers(), System.nanoTime());
        }
    }

    private Champion load(ModelVersion version) {
        byte[] bytes = registry.downloadArtifact(version.family(), version.version(), ClvModelCodec.FILE_NAME)
                .orElseThrow(() -> new IllegalStateException("champion " + version.family() + " v"
                        + version.version() + " has no " + ClvModelCodec.FILE_NAME)).bytes();
        Champion champion = Champion.of(version.family(), version.version(),
                ClvModelCodec.decode(version.family(), bytes), settings.defaultHorizonDays());
        log.info("Predicting with champion {} v{} ({}-day horizon)", champion.family(), champion.version(),
                champion.horizonDays());
        return champion;
    }

    private static List<Prediction.Factor> factors(Champion champion, CustomerRow row) {
        if (!(champion.model() instanceof XgboostClvModel xgboost)) {
            return List.of();
        }
        return xgboost.topFactors(row, TOP_FACTORS).stream()
                .map(f -> new Prediction.Factor(f.feature(), f.value(), f.contribution())).toList();
    }
}
