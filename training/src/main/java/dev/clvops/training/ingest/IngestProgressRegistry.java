package dev.clvops.training.ingest;

import dev.clvops.platform.job.ProgressListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The progress listener of each running ingest, by run id (listeners cannot travel as job parameters). */
@Component
class IngestProgressRegistry {

    private final Map<Long, ProgressListener> listeners = new ConcurrentHashMap<>();

    void register(long runId, ProgressListener listener) {
        listeners.put(runId, listener);
    }

    void remove(long runId) {
        listeners.remove(runId);
    }

    ProgressListener listener(long runId) {
        return listeners.getOrDefault(runId, ProgressListener.NONE);
    }
}
