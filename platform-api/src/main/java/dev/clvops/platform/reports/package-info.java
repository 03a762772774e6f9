/**
 * Generated reports: the {@link dev.clvops.platform.reports.ReportArchive} port that lists, hands out, zips and
 * regenerates them, and the records of a report run and its files. The reports module implements it.
 */
@NullMarked
package dev.clvops.platform.reports;

import org.jspecify.annotations.NullMarked;
