/**
 * What each report says: {@link dev.clvops.reports.content.ReportContents} builds the document of a
 * {@link dev.clvops.reports.content.ReportKind} from a run's facts and the previous report's
 * {@link dev.clvops.reports.content.HeadlineKpis}; recommendations are rules over the numbers, each stating the
 * number it rests on. Tables are cut to the top rows with a note saying so, so no page overflows.
 */
@NullMarked
package dev.clvops.reports.content;

import org.jspecify.annotations.NullMarked;
