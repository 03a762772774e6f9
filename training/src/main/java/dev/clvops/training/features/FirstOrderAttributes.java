package dev.clvops.training.features;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Channel, acquisition source and country of each customer's first order. Several orders on the first day are
 * resolved deterministically: per attribute, the smallest non-null value (String order) wins.
 */
final class FirstOrderAttributes {

    private int[] firstDay = new int[0];
    private String[][] values = new String[0][];

    /** True when an order of {@code customer} on {@code day} may change its attributes (read them then). */
    boolean isCandidate(int customer, int day) {
        return customer >= firstDay.length || day <= firstDay[customer];
    }

    void offer(int customer, int day, @Nullable String... attributes) {
        ensure(customer);
        if (day < firstDay[customer]) {
            firstDay[customer] = day;
            values[customer] = attributes.clone();
            return;
        }
        String[] current = values[customer];
        for (int i = 0; i < attributes.length; i++) {
            String offered = attributes[i];
            if (offered != null && (current[i] == null || offered.compareTo(current[i]) < 0)) {
                current[i] = offered;
            }
        }
    }

    CustomerHistory.Attributes of(int customer) {
        if (customer >= values.length || values[customer] == null) {
            return CustomerHistory.Attributes.NONE;
        }
        String[] v = values[customer];
        return new CustomerHistory.Attributes(v[0], v[1], v[2]);
    }

    private void ensure(int customer) {
        if (customer >= firstDay.length) {
            int length = Math.max(customer + 1, firstDay.length * 2);
            int old = firstDay.length;
            firstDay = Arrays.copyOf(firstDay, length);
            Arrays.fill(firstDay, old, length, Integer.MAX_VALUE);
            values = Arrays.copyOf(values, length);
        }
    }
}
