package dev.clvops.monitoring.logs;

import dev.clvops.platform.logs.ErrorSpike;
import dev.clvops.platform.logs.SpikeRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Applies a {@link SpikeRule} to dense per-minute error counts with a sliding sum and sum of squares. */
final class ErrorSpikeDetector {

    private final SpikeRule rule;

    ErrorSpikeDetector(SpikeRule rule) {
        this.rule = rule;
    }

    /**
     * @param firstMinute the minute of {@code errors[0]}
     * @param errors errors per consecutive minute; the first {@code windowMinutes} entries only fill the window
     */
    List<ErrorSpike> detect(Instant firstMinute, long[] errors) {
        int window = rule.windowMinutes();
        List<ErrorSpike> spikes = new ArrayList<>();
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < errors.length; i++) {
            if (i >= window) {
                double mean = sum / window;
                double sd = Math.sqrt(Math.max(0, squares / window - mean * mean));
                if (errors[i] >= rule.minErrors() && errors[i] > mean + rule.sigmas() * sd) {
                    spikes.add(new ErrorSpike(firstMinute.plusSeconds(60L * i), errors[i], mean, sd));
                }
                sum -= errors[i - window];
                squares -= (double) errors[i - window] * errors[i - window];
            }
            sum += errors[i];
            squares += (double) errors[i] * errors[i];
        }
        return spikes;
    }
}
