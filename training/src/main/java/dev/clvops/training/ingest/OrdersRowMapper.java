package dev.clvops.training.ingest;

import static dev.clvops.training.ingest.StagingColumn.AMOUNT;
import static dev.clvops.training.ingest.StagingColumn.CUSTOMER_ID;
import static dev.clvops.training.ingest.StagingColumn.ORDER_DATE;
import static dev.clvops.training.ingest.StagingColumn.ORDER_KEY;
import static dev.clvops.training.ingest.StagingColumn.ORDER_TS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Maps {@code user_id,order_id,order_date,order_value[,...]} rows; a negative value is a return of that
 * customer. Optional columns (channel, category, ..., age, gender, city) are kept when present.
 */
final class OrdersRowMapper implements RowMapper {

    static final BigDecimal VALUE_LIMIT = new BigDecimal("10000000000");
    static final Map<String, StagingColumn> OPTIONAL = Map.of(
            "channel", StagingColumn.CHANNEL, "category", StagingColumn.CATEGORY,
            "acquisition_source", StagingColumn.ACQUISITION_SOURCE, "campaign", StagingColumn.CAMPAIGN,
            "country", StagingColumn.COUNTRY, "currency", StagingColumn.CURRENCY, "gender", StagingColumn.GENDER,
            "city", StagingColumn.CITY);

    private final SourceLayout layout;
    private final LocalDate today;
    private final int customer;
    private final int order;
    private final int date;
    private final int value;
    private final int age;
    private final Map<StagingColumn, Integer> optional = new java.util.EnumMap<>(StagingColumn.class);

    OrdersRowMapper(SourceLayout layout, LocalDate today) {
        this.layout = layout;
        this.today = today;
        this.customer = layout.index("user_id");
        this.order = layout.index("order_id");
        this.date = layout.index("order_date");
        this.value = layout.index("order_value");
        this.age = layout.index("age");
        OPTIONAL.forEach((name, column) -> {
            if (layout.index(name) >= 0) {
                optional.put(column, layout.index(name));
            }
        });
    }

    @Override
    public StagedRow map(SourceRecord record) {
        Rejection shape = RowMapper.shapeProblem(record, layout);
        if (shape != null) {
            return StagedRow.quarantine(record, shape);
        }
        RowValues values = new RowValues(record, today);
        String customerId = values.required(customer, Rejection.CUSTOMER_MISSING);
        String orderId = values.required(order, Rejection.plain("order_id missing"));
        String dateText = values.required(date, Rejection.plain("order_date missing"));
        LocalDateTime timestamp = dateText != null && dateText.length() > 10
                ? values.timestamp(date, "order_date", Values::isoTimestamp) : null;
        LocalDate day = timestamp != null ? timestamp.toLocalDate()
                : dateText != null && dateText.length() <= 10 ? values.date(date, "order_date", Values::isoDate) : null;
        values.required(value, Rejection.plain("order_value missing"));
        BigDecimal amount = values.decimal(value, "order_value", VALUE_LIMIT);
        Integer customerAge = values.integer(age, "age", 0, 120);
        if (values.rejection() != null) {
            return StagedRow.quarantine(record, values.rejection());
        }
        StagedRow row = StagedRow.of(amount.signum() < 0 ? RowKind.RETURN : RowKind.ORDER, record.line())
                .with(ORDER_KEY, "orders:" + orderId).with(CUSTOMER_ID, customerId).with(ORDER_DATE, day)
                .with(ORDER_TS, timestamp).with(AMOUNT, amount.abs().setScale(2, RoundingMode.HALF_UP))
                .with(StagingColumn.AGE, customerAge);
        optional.forEach((column, index) -> row.with(column, values.text(index)));
        return row;
    }
}
