package dev.clvops.platform.model;

/** Fits one model family on a training set; hyper-parameters are given to the trainer's constructor. */
public interface ClvTrainer {

    /** The family name: {@code bgnbd}, {@code paretonbd}, {@code gammagamma}, {@code xgboost}, {@code baseline}. */
    String family();

    ClvModel fit(TrainingSet set);
}
