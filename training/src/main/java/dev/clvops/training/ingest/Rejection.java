package dev.clvops.training.ingest;

/**
 * Why a row was quarantined: {@code message} names the column and the offending value, {@code key} is the same
 * reason without the value, used to count rows per reason.
 */
record Rejection(String message, String key) {

    /** A reason for {@code column} from a template whose {@code {}} stands for the quoted offending value. */
    static Rejection of(String column, String template, String value) {
        String message = column + ": " + template.replace("{}", "'" + value + "'");
        String key = column + ": " + template.replace(" {}", "").replace("{}", "").trim();
        return new Rejection(message, key);
    }

    /** A reason that carries no offending value. */
    static Rejection plain(String reason) {
        return new Rejection(reason, reason);
    }

    static Rejection wrongColumnCount(int expected, int actual) {
        return new Rejection("wrong column count: expected " + expected + ", got " + actual, "wrong column count");
    }

    static final Rejection CUSTOMER_MISSING = plain("customer id missing");
}
