/** Order files over REST: multipart upload (ingested as a job, same validation and quarantine as the CLI) and the quarantine. */
@NullMarked
package dev.clvops.deploy.api.orders;

import org.jspecify.annotations.NullMarked;
