package dev.clvops.training.ingest;

import static dev.clvops.training.ingest.StagingColumn.COUNTRY;
import static dev.clvops.training.ingest.StagingColumn.CUSTOMER_ID;
import static dev.clvops.training.ingest.StagingColumn.DESCRIPTION;
import static dev.clvops.training.ingest.StagingColumn.ORDER_DATE;
import static dev.clvops.training.ingest.StagingColumn.ORDER_KEY;
import static dev.clvops.training.ingest.StagingColumn.ORDER_TS;
import static dev.clvops.training.ingest.StagingColumn.QUANTITY;
import static dev.clvops.training.ingest.StagingColumn.STOCK_CODE;
import static dev.clvops.training.ingest.StagingColumn.UNIT_PRICE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * Maps UCI Online Retail (I and II) invoice lines. Lines are grouped into orders by invoice at merge time;
 * cancellations ({@code C} invoices) and negative quantities become return lines of the customer.
 */
final class OnlineRetailRowMapper implements RowMapper {

    private static final Pattern FLOAT_ID = Pattern.compile("(\\d+)\\.0+");
    private static final int QUANTITY_LIMIT = 1_000_000;

    private final SourceLayout layout;
    private final LocalDate today;

    OnlineRetailRowMapper(SourceLayout layout, LocalDate today) {
        this.layout = layout;
        this.today = today;
    }

    /** "12346.0" (a float-typed export) names customer 12346. */
    static String normaliseCustomer(String id) {
        var matcher = FLOAT_ID.matcher(id);
        return matcher.matches() ? matcher.group(1) : id;
    }

    @Override
    public StagedRow map(SourceRecord record) {
        Rejection shape = RowMapper.shapeProblem(record, layout);
        if (shape != null) {
            return StagedRow.quarantine(record, shape);
        }
        RowValues values = new RowValues(record, today);
        String customer = values.required(layout.index("Customer ID"), Rejection.CUSTOMER_MISSING);
        String invoice = values.required(layout.index("Invoice"), Rejection.plain("Invoice missing"));
        int quantityAt = layout.index("Quantity");
        values.required(quantityAt, Rejection.plain("Quantity missing"));
        Integer quantity = values.integer(quantityAt, "Quantity", -QUANTITY_LIMIT, QUANTITY_LIMIT);
        if (quantity != null && quantity == 0) {
            values.reject(Rejection.plain("Quantity: zero"));
        }
        values.required(layout.index("InvoiceDate"), Rejection.plain("InvoiceDate missing"));
        LocalDateTime timestamp = values.timestamp(layout.index("InvoiceDate"), "InvoiceDate",
                Values::retailTimestamp);
        BigDecimal price = price(values);
        if (values.rejection() != null) {
            return StagedRow.quarantine(record, values.rejection());
        }
        boolean cancellation = invoice.charAt(0) == 'C' || invoice.charAt(0) == 'c';
        boolean isReturn = cancellation || quantity < 0;
        String key = "online-retail:" + invoice + (isReturn && !cancellation ? ":return" : "");
        return StagedRow.of(isReturn ? RowKind.RETURN_LINE : RowKind.ORDER_LINE, record.line())
                .with(ORDER_KEY, key).with(CUSTOMER_ID, normaliseCustomer(customer))
                .with(ORDER_DATE, timestamp.toLocalDate()).with(ORDER_TS, timestamp)
                .with(QUANTITY, Math.abs(quantity)).with(UNIT_PRICE, price)
                .with(STOCK_CODE, values.text(layout.index("StockCode")))
                .with(DESCRIPTION, values.text(layout.index("Description")))
                .with(COUNTRY, values.text(layout.index("Country")));
    }

    private BigDecimal price(RowValues values) {
        int at = layout.index("Price");
        values.required(at, Rejection.plain("Price missing"));
        BigDecimal price = values.decimal(at, "Price", OrdersRowMapper.VALUE_LIMIT);
        if (price != null && price.signum() < 0) {
            values.reject(Rejection.of("Price", "negative {}", values.text(at)));
        }
        return price;
    }
}
