/** Human-readable progress of long-running jobs, throttled, for stderr (CLI) and the log (demo bootstrap). */
@NullMarked
package dev.clvops.deploy.progress;

import org.jspecify.annotations.NullMarked;
