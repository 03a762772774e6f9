package dev.clvops.training.synthetic;

import org.jspecify.annotations.Nullable;

/**
 * One simulated order: its exact time in days since the history start, gross value, category and campaign, and
 * the refund written as a separate negative row ({@code refundDay} -1 when not returned within the history).
 */
record Purchase(int sequence, double time, double value, String category, @Nullable String campaign,
        int refundDay, double refundValue) {

    int day() {
        return (int) time;
    }

    boolean returned() {
        return refundDay >= 0;
    }
}
