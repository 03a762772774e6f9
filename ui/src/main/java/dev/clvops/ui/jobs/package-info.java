/**
 * The Jobs tab: every pipeline job run (past ones included) with live progress, start and stop for operators, and
 * the Spring Batch executions however they were started (CLI, scheduler, API).
 */
@NullMarked
package dev.clvops.ui.jobs;

import org.jspecify.annotations.NullMarked;
