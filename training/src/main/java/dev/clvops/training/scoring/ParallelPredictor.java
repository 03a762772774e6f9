package dev.clvops.training.scoring;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.training.xgboost.XgboostClvModel;
import dev.clvops.training.xgboost.ShapExplanation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Predicts customers in chunks on a pool of threads ({@link ClvModel} is thread-safe) and hands the chunks to a
 * sink in input order, on the calling thread, while later chunks are still being predicted. At most two chunks
 * per thread are in flight, so memory stays bounded. For xgboost it also explains each customer (top 5 SHAP
 * factors) when asked to.
 */
final class ParallelPredictor {

    static final int TOP_FACTORS = 5;

    /** Receives the chunks in order. */
    @FunctionalInterface
    interface Sink {
        void accept(ScoredChunk chunk) throws Exception;
    }

    private final ClvModel model;
    private final int horizonDays;
    private final ClvSettings settings;
    private final int chunkSize;
    private final boolean explain;

    ParallelPredictor(ClvModel model, int horizonDays, ClvSettings settings, int chunkSize, boolean explain) {
        this.model = model;
        this.horizonDays = horizonDays;
        this.settings = settings;
        this.chunkSize = chunkSize;
        this.explain = explain && model instanceof XgboostClvModel;
    }

    /** Predicts every row on {@code threads} threads; returns the number of customers predicted. */
    long predict(List<CustomerRow> rows, int threads, Sink sink) throws Exception {
        Deque<Future<ScoredChunk>> inFlight = new ArrayDeque<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform()
                .name("clvops-score-", 0).daemon(true).factory());
        try {
            for (int from = 0; from < rows.size(); from += chunkSize) {
                List<CustomerRow> chunk = rows.subList(from, Math.min(rows.size(), from + chunkSize));
                inFlight.add(pool.submit(() -> score(chunk)));
                if (inFlight.size() >= 2 * threads) {
                    sink.accept(next(inFlight));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(next(inFlight));
            }
        } finally {
            pool.shutdownNow();
        }
        return rows.size();
    }

    ScoredChunk score(List<CustomerRow> chunk) {
        var predictions = model.predictAll(chunk, horizonDays, settings);
        if (!explain) {
            return new ScoredChunk(predictions, null);
        }
        List<String> factors = ((XgboostClvModel) model).explain(chunk).stream()
                .map((ShapExplanation explanation) -> TopFactorsJson.of(explanation.topFactors(TOP_FACTORS)))
                .toList();
        return new ScoredChunk(predictions, factors);
    }

    private static ScoredChunk next(Deque<Future<ScoredChunk>> inFlight) throws Exception {
        try {
            return inFlight.removeFirst().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
