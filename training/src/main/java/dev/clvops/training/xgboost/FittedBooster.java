package dev.clvops.training.xgboost;

import java.lang.ref.Cleaner;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained booster used up to its best iteration. Booster prediction is not thread-safe, so every native call
 * holds a lock; the booster never leaves this class.
 */
final class FittedBooster {

    /** Frees a booster's native memory once its holder is unreachable, not relying on Booster's finalizer. */
    private static final Cleaner CLEANER = Cleaner.create();

    private final Booster booster;
    private final int treeLimit;
    private final ReentrantLock lock = new ReentrantLock();

    private FittedBooster(Booster booster, int treeLimit) {
        this.booster = booster;
        this.treeLimit = treeLimit;
        CLEANER.register(this, booster::dispose);
    }

    static FittedBooster of(Booster booster) throws XGBoostError {
        String best = booster.getAttr("best_iteration");
        int limit = best == null ? booster.getNumBoostedRound() : Integer.parseInt(best) + 1;
        return new FittedBooster(booster, limit);
    }

    static FittedBooster fromBytes(byte[] model) {
        try {
            return of(XGBoost.loadModel(model));
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalArgumentException("not a loadable xgboost model (" + model.length + " bytes)", e);
        }
    }

    /** Rounds used for prediction: the best iteration + 1 when training stopped early. */
    int treeLimit() {
        return treeLimit;
    }

    /** Rounds trained, including those after the best iteration. */
    int roundsTrained() {
        return call(booster::getNumBoostedRound);
    }

    float[][] predict(FeatureMatrix features, boolean margin) {
        return withMatrix(features, matrix -> booster.predict(matrix, margin, treeLimit));
    }

    /** SHAP values per row: one column per feature, then the bias; they sum to the margin. */
    float[][] contributions(FeatureMatrix features) {
        return withMatrix(features, matrix -> booster.predictContrib(matrix, treeLimit));
    }

    /** Total gain per feature, keyed {@code f<index>}; features never used in a split are absent. */
    Map<String, Double> gain() {
        return call(() -> booster.getScore("", "gain"));
    }

    String attribute(String name) {
        return call(() -> booster.getAttr(name));
    }

    byte[] toBytes() {
        return call(() -> booster.toByteArray("ubj"));
    }

    private float[][] withMatrix(FeatureMatrix features, NativeFunction<DMatrix, float[][]> function) {
        DMatrix matrix;
        try {
            matrix = features.toDMatrix(null);
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost could not build a matrix of " + features.rows() + " rows", e);
        }
        try {
            return call(() -> function.apply(matrix));
        } finally {
            matrix.dispose();
        }
    }

    private <T> T call(NativeCall<T> call) {
        lock.lock();
        try {
            return call.run();
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost call failed", e);
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    private interface NativeCall<T> {
        T run() throws XGBoostError;
    }

    @FunctionalInterface
    private interface NativeFunction<A, T> {
        T apply(A argument) throws XGBoostError;
    }
}
