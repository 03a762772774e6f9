package dev.clvops.deploy.api.jobs;

import dev.clvops.platform.job.JobProgress;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A progress report as a percentage and a line of text, as job runs store them. */
final class ProgressText {

    private ProgressText() {
    }

    /** Percent done in [0, 100], or -1 when unknown. */
    static double percent(@Nullable JobProgress progress) {
        return progress == null || progress.fraction() < 0 ? -1 : progress.fraction() * 100;
    }

    /**
     * E.g. "1,200 of 4,000 customers", or "1,200 rows" when the total is unknown, then the stage if any ("…; building
     * keys"); empty without progress.
     */
    static String message(@Nullable JobProgress progress) {
        if (progress == null) {
            return "";
        }
        String counts = progress.total() < 0 ? String.format(Locale.ROOT, "%,d %s", progress.done(), progress.unit())
                : String.format(Locale.ROOT, "%,d of %,d %s", progress.done(), progress.total(), progress.unit());
        return progress.stage() == null ? counts : counts + "; " + progress.stage();
    }
}
