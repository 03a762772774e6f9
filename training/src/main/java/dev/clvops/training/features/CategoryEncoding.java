package dev.clvops.training.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One-hot encoding of the categorical columns (channel, acquisition_source, country) of one snapshot. Each column
 * gets one indicator per level among its {@value #MAX_LEVELS} most frequent values (ties by name), named
 * {@code column=value}, plus {@code column=other} when more values exist; a null value sets no indicator.
 */
final class CategoryEncoding {

    static final int MAX_LEVELS = 10;
    static final List<String> COLUMNS = List.of("channel", "acquisition_source", "country");

    private final List<String> names = new ArrayList<>();
    private final List<Map<String, Integer>> offsets = new ArrayList<>();
    private final int[] otherOffsets = new int[COLUMNS.size()];

    /** {@code levels.get(i)}: the distinct values of column i, most frequent first. */
    CategoryEncoding(List<List<String>> levels) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            Map<String, Integer> column = new HashMap<>();
            for (String level : levels.get(c).subList(0, Math.min(MAX_LEVELS, levels.get(c).size()))) {
                column.put(level, names.size());
                names.add(COLUMNS.get(c) + "=" + level);
            }
            otherOffsets[c] = -1;
            if (levels.get(c).size() > MAX_LEVELS) {
                otherOffsets[c] = names.size();
                names.add(COLUMNS.get(c) + "=other");
            }
            offsets.add(column);
        }
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /** Sets the indicator of {@code value} of column {@code column} in {@code vector}, starting at {@code base}. */
    void encode(int column, @Nullable String value, double[] vector, int base) {
        if (value == null) {
            return;
        }
        int offset = offsets.get(column).getOrDefault(value, otherOffsets[column]);
        if (offset >= 0) {
            vector[base + offset] = 1;
        }
    }
}
