package dev.clvops.monitoring.driftcheck;

/**
 * The recent window a drift report's BTYD parameters were refitted on.
 *
 * @param windowDays customers acquired in this many days before the current snapshot's cutoff
 * @param customers how many customers that window held
 */
public record RefitCohort(int windowDays, int customers) {
}
