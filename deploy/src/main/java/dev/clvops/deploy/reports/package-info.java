/**
 * Wiring of the reports: binds {@code clvops.reports.*} ({@link dev.clvops.deploy.reports.ReportsProperties}) and
 * provides the {@code reportService} bean that the CLI's {@code report} command, the weekly schedule and the REST
 * API use, and the {@code executiveFacts} bean that gives the Executive summary tab the executive PDF's numbers.
 */
@NullMarked
package dev.clvops.deploy.reports;

import org.jspecify.annotations.NullMarked;
