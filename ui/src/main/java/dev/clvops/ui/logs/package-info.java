/** The Logs tab: the live tail of the application log with keyword and level filters, and log file downloads. */
@NullMarked
package dev.clvops.ui.logs;

import org.jspecify.annotations.NullMarked;
