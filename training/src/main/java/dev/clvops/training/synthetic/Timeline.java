package dev.clvops.training.synthetic;

import java.time.LocalDate;
import java.time.Month;

/**
 * Days of the history plus the future horizon, with the seasonal purchase intensity per day.
 *
 * <p>Time is measured in days from the first day of the history (day 0 starts at its midnight). The monthly
 * multipliers peak in November and December and average exactly 1 over a (non-leap) year, so the seasonal
 * purchase intensity {@code lambda * m(t)} has mean {@code lambda}.
 */
final class Timeline {

    /** Raw monthly multipliers, January to December, before normalising to a day-weighted mean of 1. */
    private static final double[] RAW = {0.90, 0.85, 0.95, 0.95, 1.00, 0.95, 0.90, 0.90, 1.00, 1.05, 1.25, 1.35};
    static final double[] MONTHLY = normalised();

    private final LocalDate start;
    private final int historyDays;
    private final String[] isoDates;
    private final double[] multiplier;
    private final double[] cumulative;
    private final double maxMultiplier;

    Timeline(LocalDate start, int months, int horizonDays) {
        this.start = start;
        this.historyDays = (int) (start.plusMonths(months).toEpochDay() - start.toEpochDay());
        int days = historyDays + horizonDays;
        this.isoDates = new String[historyDays];
        this.multiplier = new double[days];
        this.cumulative = new double[days + 1];
        double max = 0;
        for (int day = 0; day < days; day++) {
            LocalDate date = start.plusDays(day);
            if (day < historyDays) {
                isoDates[day] = date.toString();
            }
            multiplier[day] = MONTHLY[date.getMonthValue() - 1];
            cumulative[day + 1] = cumulative[day] + multiplier[day];
            max = Math.max(max, multiplier[day]);
        }
        this.maxMultiplier = max;
    }

    LocalDate start() {
        return start;
    }

    /** The last day of the history (inclusive). */
    LocalDate lastDay() {
        return start.plusDays(historyDays - 1L);
    }

    int historyDays() {
        return historyDays;
    }

    String isoDate(int day) {
        return isoDates[day];
    }

    double multiplier(int day) {
        return multiplier[day];
    }

    double maxMultiplier() {
        return maxMultiplier;
    }

    /** The seasonal intensity integrated from {@code from} to {@code to} (days, continuous): {@code ∫ m(t) dt}. */
    double intensity(double from, double to) {
        return cumulativeAt(to) - cumulativeAt(from);
    }

    private double cumulativeAt(double time) {
        int day = (int) Math.floor(time);
        if (day >= multiplier.length) {
            return cumulative[multiplier.length];
        }
        return cumulative[day] + (time - day) * multiplier[day];
    }

    private static double[] normalised() {
        double weighted = 0;
        for (Month month : Month.values()) {
            weighted += RAW[month.ordinal()] * month.length(false);
        }
        double mean = weighted / 365;
        double[] result = new double[RAW.length];
        for (int i = 0; i < RAW.length; i++) {
            result[i] = RAW[i] / mean;
        }
        return result;
    }
}
