package dev.clvops.reports.rfm;

/** R, F and M quintile scores (1..5) and segments per customer, indexed like the population. */
public record RfmScores(byte[] r, byte[] f, byte[] m, Segment[] segments) {

    public String code(int i) {
        return "" + r[i] + f[i] + m[i];
    }
}
