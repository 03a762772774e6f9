package dev.clvops.training.pipeline;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The states of the runs in progress, by the {@code run} job parameter. */
@Component
class TrainingStates {

    private final Map<String, TrainingState> states = new ConcurrentHashMap<>();

    void open(String run, TrainingState state) {
        states.put(run, state);
    }

    TrainingState get(String run) {
        TrainingState state = states.get(run);
        if (state == null) {
            throw new NoSuchElementException("no training run in progress with key " + run
                    + ": train-clv is started by TrainingService, not directly");
        }
        return state;
    }

    void close(String run) {
        states.remove(run);
    }
}
