package dev.clvops.ui.logs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import dev.clvops.platform.logs.LogEvent;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls the presenter for new lines once a second on a virtual thread and pushes them to the UI. */
final class LogFollower {

    private static final Logger log = LoggerFactory.getLogger(LogFollower.class);
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final LogsPresenter presenter;
    private final Consumer<List<LogEvent>> show;
    private @Nullable Thread thread;

    LogFollower(LogsPresenter presenter, Consumer<List<LogEvent>> show) {
        this.presenter = presenter;
        this.show = show;
    }

    synchronized void start(UI ui) {
        stop();
        thread = Thread.ofVirtual().name("ui-log-follower").start(() -> follow(ui));
    }

    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    private void follow(UI ui) {
        boolean failing = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(INTERVAL);
                List<LogEvent> fresh = presenter.poll();
                if (!fresh.isEmpty()) {
                    ui.access(() -> show.accept(fresh));
                }
                failing = false;
            } catch (InterruptedException | UIDetachedException e) {
                return;
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warn("Following the log file failed; retrying every second", e);
                }
                failing = true;
            }
        }
    }
}
