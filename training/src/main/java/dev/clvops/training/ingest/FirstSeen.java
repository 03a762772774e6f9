package dev.clvops.training.ingest;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Marks, in line order, the first row of each (kind, order key) and the first accepted row of each customer of one
 * run, so the merge picks them with a filter instead of sorting the staged rows.
 */
final class FirstSeen {

    private final Map<RowKind, Set<String>> keys = new EnumMap<>(RowKind.class);
    private final Set<String> customers = new HashSet<>();

    StagedRow mark(StagedRow row) {
        if (row.kind() == RowKind.QUARANTINE) {
            return row.with(StagingColumn.FIRST_OF_KEY, "f").with(StagingColumn.FIRST_OF_CUSTOMER, "f");
        }
        String key = row.get(StagingColumn.ORDER_KEY);
        String customer = row.get(StagingColumn.CUSTOMER_ID);
        boolean firstKey = key != null && keys.computeIfAbsent(row.kind(), k -> new HashSet<>()).add(key);
        boolean firstCustomer = customer != null && customers.add(customer);
        return row.with(StagingColumn.FIRST_OF_KEY, firstKey ? "t" : "f")
                .with(StagingColumn.FIRST_OF_CUSTOMER, firstCustomer ? "t" : "f");
    }
}
