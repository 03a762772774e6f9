package dev.clvops.reports.movement;

import dev.clvops.platform.UnusableInputException;
import dev.clvops.reports.rfm.Segment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a past segmentation, {@code customer_id,segment} with that header; segments are RFM segment labels (or
 * constant names). Every bad line is reported (up to 20) with its line number and reason.
 */
public final class PastSegmentationCsv {

    private static final int MAX_ERRORS = 20;

    private PastSegmentationCsv() {
    }

    /** Customer id to segment label; throws {@link UnusableInputException} naming the file, lines and reasons. */
    public static Map<String, String> read(Reader reader, String source) {
        Map<String, String> segments = new HashMap<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equalsIgnoreCase("customer_id,segment")) {
                throw new UnusableInputException(source + ": line 1: header must be 'customer_id,segment', got '"
                        + header + "'");
            }
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String error = parse(line, segments);
                if (error != null && errors.size() < MAX_ERRORS) {
                    errors.add("line " + lineNumber + ": " + error);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!errors.isEmpty()) {
            throw new UnusableInputException(source + ": " + String.join("; ", errors));
        }
        if (segments.isEmpty()) {
            throw new UnusableInputException(source + ": no customers after the header");
        }
        return segments;
    }

    private static @org.jspecify.annotations.Nullable String parse(String line, Map<String, String> segments) {
        if (line.isBlank()) {
            return null;
        }
        String[] fields = line.split(",", -1);
        if (fields.length != 2) {
            return "expected 2 fields (customer_id,segment), got " + fields.length;
        }
        String id = fields[0].strip();
        if (id.isEmpty()) {
            return "empty customer_id";
        }
        Segment segment;
        try {
            segment = Segment.parse(fields[1]);
        } catch (IllegalArgumentException e) {
            return e.getMessage() + " for customer '" + id + "'";
        }
        if (segments.putIfAbsent(id, segment.label()) != null) {
            return "duplicate customer_id '" + id + "'";
        }
        return null;
    }
}
