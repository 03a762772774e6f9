package dev.clvops.training.scoring;

import dev.clvops.platform.job.ProgressListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Hands a caller's {@link ProgressListener} to the job run it started, keyed by the {@code run} job parameter. */
@Component
class ScoringProgress {

    private final Map<String, ProgressListener> listeners = new ConcurrentHashMap<>();

    void register(String run, ProgressListener listener) {
        listeners.put(run, listener);
    }

    void remove(String run) {
        listeners.remove(run);
    }

    /** The listener of {@code run}; runs started elsewhere report to nobody. */
    ProgressListener of(String run) {
        return listeners.getOrDefault(run, ProgressListener.NONE);
    }
}
