/**
 * The customers one analytics run looks at: {@link dev.clvops.reports.population.Population} holds a feature
 * snapshot's behaviour columns and, when a scoring run exists, the champion's predictions, column by column so that
 * a million customers stay compact. Every analytics feature reads it; nothing here does I/O.
 */
@NullMarked
package dev.clvops.reports.population;

import org.jspecify.annotations.NullMarked;
