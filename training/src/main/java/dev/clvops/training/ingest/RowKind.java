package dev.clvops.training.ingest;

/** What a staged row becomes when merged. */
enum RowKind {
    /** A whole order (orders, cdnow). */
    ORDER('O'),
    /** One line of an order grouped by its key (Online Retail invoices). */
    ORDER_LINE('L'),
    /** A whole return or refund (orders rows with a negative value). */
    RETURN('R'),
    /** One line of a return grouped by its key (Online Retail cancellations). */
    RETURN_LINE('X'),
    /** A rejected row, kept with its reason. */
    QUARANTINE('Q');

    private final char code;

    RowKind(char code) {
        this.code = code;
    }

    String code() {
        return String.valueOf(code);
    }
}
