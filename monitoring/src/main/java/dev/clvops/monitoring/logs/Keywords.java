package dev.clvops.monitoring.logs;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Splits a message into lower-case words of three or more letters, dropping English and logging stop words. */
final class Keywords {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our",
            "out", "has", "have", "his", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who", "did",
            "get", "got", "let", "say", "she", "too", "use", "from", "with", "this", "that", "than", "then", "them",
            "they", "their", "there", "these", "those", "been", "being", "were", "will", "would", "could", "should",
            "into", "onto", "over", "under", "after", "before", "about", "while", "when", "where", "which", "what",
            "each", "every", "some", "such", "only", "also", "just", "more", "most", "other", "very", "does", "done",
            "null", "true", "false", "using", "via", "per");

    private Keywords() {
    }

    static void forEach(String message, Consumer<String> action) {
        for (String token : NON_LETTERS.split(message.toLowerCase(Locale.ROOT))) {
            if (token.length() >= 3 && !STOP_WORDS.contains(token)) {
                action.accept(token);
            }
        }
    }
}
