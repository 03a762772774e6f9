package dev.clvops.monitoring.simulate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Turns template orders into the drifted rows of the {@code orders} format. */
final class SimulatedBatch {

    private final DriftKind kind;
    private final double magnitude;
    private final String prefix;
    private final int shiftDays;
    private final SplittableRandom random;
    private int sequence;

    SimulatedBatch(DriftKind kind, double magnitude, String prefix, int shiftDays, SplittableRandom random) {
        this.kind = kind;
        this.magnitude = magnitude;
        this.prefix = prefix;
        this.shiftDays = shiftDays;
        this.random = random;
    }

    List<String[]> rows(List<TemplateOrder> template) {
        List<String[]> rows = new ArrayList<>();
        for (TemplateOrder order : template) {
            boolean dropped = kind == DriftKind.CHURN_WAVE && !order.newCustomer() && random.nextDouble() < magnitude;
            if (!dropped) {
                double factor = kind == DriftKind.PRICE_SHIFT ? 1 + magnitude : 1;
                String user = order.newCustomer() ? prefix + "-" + order.userId() : order.userId();
                rows.add(row(user, order, order.value() * factor, order.attributes()[0]));
            }
        }
        if (kind == DriftKind.NEW_CHANNEL) {
            rows.addAll(newChannel(template));
        }
        return rows;
    }

    /** magnitude × the template's customers new customers, each a copy of a template order, from a new channel. */
    private List<String[]> newChannel(List<TemplateOrder> template) {
        long customers = template.stream().map(TemplateOrder::userId).collect(
                java.util.stream.Collectors.toCollection(LinkedHashSet::new)).size();
        int count = (int) Math.round(magnitude * customers);
        List<String[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count && !template.isEmpty(); i++) {
            TemplateOrder order = template.get(random.nextInt(template.size()));
            rows.add(row(prefix + "-new-" + i, order, order.value(), DriftKind.NEW_CHANNEL_NAME));
        }
        return rows;
    }

    private String[] row(String user, TemplateOrder order, double value, String channel) {
        String[] a = order.attributes();
        return new String[] {user, prefix + "-" + (++sequence), order.date().plusDays(shiftDays).toString(),
            String.format(Locale.ROOT, "%.2f", value), channel, a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]};
    }
}
