package dev.clvops.deploy.progress;

import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns progress reports into lines like {@code ingest-orders: 45% 120,000/260,000 rows (35,000 rows/s)}, at most one
 * per interval; a report with a stage adds it ({@code …, building keys}) and is always shown.
 */
public final class ThrottledProgress implements ProgressListener {

    private final Consumer<String> sink;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long lastReport = Long.MIN_VALUE;
    private @Nullable JobProgress last;

    public ThrottledProgress(Consumer<String> sink, Duration interval) {
        this(sink, interval, System::nanoTime);
    }

    ThrottledProgress(Consumer<String> sink, Duration interval, LongSupplier clock) {
        this.sink = sink;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    @Override
    public synchronized void onProgress(JobProgress progress) {
        long now = clock.getAsLong();
        boolean finished = progress.total() > 0 && progress.done() >= progress.total();
        boolean news = finished || progress.stage() != null;
        if (news && sameCounts(progress, last)) {
            return; // the end reported again (by the step, then by the job): only its rate differs
        }
        if (news || lastReport == Long.MIN_VALUE || now - lastReport >= intervalNanos) {
            lastReport = now;
            last = progress;
            sink.accept(format(progress));
        }
    }

    private static boolean sameCounts(JobProgress progress, @Nullable JobProgress other) {
        return other != null && progress.job().equals(other.job()) && progress.done() == other.done()
                && progress.total() == other.total() && Objects.equals(progress.stage(), other.stage());
    }

    /** One line describing {@code progress}. */
    public static String format(JobProgress progress) {
        String counts = progress.total() > 0
                ? String.format(Locale.ROOT, "%3.0f%% %,d/%,d %s", progress.fraction() * 100, progress.done(),
                        progress.total(), progress.unit())
                : String.format(Locale.ROOT, "%,d %s", progress.done(), progress.unit());
        String line = String.format(Locale.ROOT, "%s: %s (%,.0f %s/s)", progress.job(), counts,
                progress.ratePerSecond(), progress.unit());
        return progress.stage() == null ? line : line + ", " + progress.stage();
    }
}
