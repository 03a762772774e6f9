package dev.clvops.platform.logs;

/**
 * A keyword or exception type and how often it occurred.
 *
 * @param term the keyword or exception class name
 * @param count occurrences; a lower bound when more distinct terms occurred than the counter keeps (Misra-Gries)
 */
public record TermCount(String term, long count) {
}
