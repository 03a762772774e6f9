package dev.clvops.ui.data;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import java.util.Locale;

/** Pushes job progress to a progress bar and its label, at most every 200 ms. */
final class UiProgress implements ProgressListener {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final UI ui;
    private final ProgressBar bar;
    private final Span label;
    private long last;

    UiProgress(UI ui, ProgressBar bar, Span label) {
        this.ui = ui;
        this.bar = bar;
        this.label = label;
    }

    @Override
    public synchronized void onProgress(JobProgress progress) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS && progress.done() < progress.total() && progress.stage() == null) {
            return;
        }
        last = now;
        ui.access(() -> show(progress));
    }

    private void show(JobProgress progress) {
        double fraction = progress.fraction();
        bar.setIndeterminate(fraction < 0);
        bar.setValue(Math.max(0, fraction));
        String counts = String.format(Locale.ROOT, "%,d of %s %s (%,.0f/s)", progress.done(),
                progress.total() < 0 ? "?" : String.format(Locale.ROOT, "%,d", progress.total()), progress.unit(),
                progress.ratePerSecond());
        label.setText(progress.stage() == null ? counts : counts + ", " + progress.stage());
    }
}
