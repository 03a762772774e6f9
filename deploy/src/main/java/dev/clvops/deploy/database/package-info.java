/**
 * The platform's PostgreSQL: an external one ({@code CLVOPS_DB_URL}) or the embedded one in
 * {@code $CLVOPS_HOME/postgres}, shared safely by every clvops process. Exposes {@link
 * dev.clvops.deploy.database.EmbeddedPostgresServer}; binaries, pid file and locking stay inside.
 */
@NullMarked
package dev.clvops.deploy.database;

import org.jspecify.annotations.NullMarked;
