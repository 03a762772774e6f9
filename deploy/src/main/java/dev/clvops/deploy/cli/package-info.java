/**
 * The {@code clvops} command line (picocli). {@link dev.clvops.deploy.cli.ClvopsCli} parses arguments before any
 * Spring context starts, so {@code --help} and bad arguments never touch the database; stdout carries only the
 * result (one JSON document with {@code --json}), everything else goes to stderr.
 */
@NullMarked
package dev.clvops.deploy.cli;

import org.jspecify.annotations.NullMarked;
