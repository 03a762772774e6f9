package dev.clvops.training.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A strict reader of generated order rows for tests: names what is wrong with a row, or nothing. */
final class StrictOrderRows {

    private static final Pattern CUSTOMER = Pattern.compile("C\\d{8}");
    private static final Pattern ORDER = Pattern.compile("[OR]\\d{8}-\\d{3}");
    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");

    private final Set<String> seenOrderIds = new HashSet<>();
    private final LocalDate lastDay;

    StrictOrderRows(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    Optional<String> problem(String line) {
        List<String> fields = fields(line);
        if (!Csv.line(fields.toArray(String[]::new)).equals(line)) {
            return Optional.of("not canonical CSV");
        }
        if (fields.size() != OrderRows.COLUMNS) {
            return Optional.of("column count " + fields.size());
        }
        if (!CUSTOMER.matcher(fields.get(0)).matches() || !ORDER.matcher(fields.get(1)).matches()) {
            return Optional.of("bad ids");
        }
        if (!MONEY.matcher(fields.get(3)).matches() || fields.get(3).startsWith("-") != fields.get(1).startsWith("R")) {
            return Optional.of("bad value " + fields.get(3));
        }
        try {
            if (LocalDate.parse(fields.get(2)).isAfter(lastDay)) {
                return Optional.of("date after history");
            }
        } catch (DateTimeParseException e) {
            return Optional.of("bad date " + fields.get(2));
        }
        return seenOrderIds.add(fields.get(1)) ? Optional.empty() : Optional.of("duplicate order id");
    }

    /** RFC 4180 fields of one line (quotes removed, doubled quotes unescaped). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
