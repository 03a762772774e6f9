package dev.clvops.platform.health;

/**
 * Processor load.
 *
 * @param processors available processors
 * @param systemLoadAverage the one-minute load average; negative where the OS does not provide it
 * @param systemCpuLoad the host's recent CPU use in [0, 1]; negative when not yet known
 * @param processCpuLoad this process's recent CPU use in [0, 1]; negative when not yet known
 */
public record CpuStats(int processors, double systemLoadAverage, double systemCpuLoad, double processCpuLoad) {
}
