package dev.clvops.training.ingest;

import static dev.clvops.training.ingest.StagingColumn.AMOUNT;
import static dev.clvops.training.ingest.StagingColumn.CUSTOMER_ID;
import static dev.clvops.training.ingest.StagingColumn.ORDER_DATE;
import static dev.clvops.training.ingest.StagingColumn.ORDER_KEY;
import static dev.clvops.training.ingest.StagingColumn.QUANTITY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps CDNOW rows ({@code customer_id YYYYMMDD quantity amount} or {@code master_id sample_id YYYYMMDD quantity
 * amount}). They have no order id, so the key is the content plus the occurrence of that content in the file:
 * the sample file re-ingested after the master file adds nothing.
 */
final class CdnowRowMapper implements RowMapper {

    private final SourceLayout layout;
    private final LocalDate today;
    private final int dateAt;
    private final Map<String, Integer> occurrences = new HashMap<>();

    CdnowRowMapper(SourceLayout layout, LocalDate today) {
        this.layout = layout;
        this.today = today;
        this.dateAt = layout.columnCount() - 3;
    }

    /** Zero-padded ids name the same customer: "00001" is "1". */
    static String normaliseCustomer(String id) {
        int i = 0;
        while (i < id.length() - 1 && id.charAt(i) == '0') {
            i++;
        }
        return id.substring(i);
    }

    @Override
    public StagedRow map(SourceRecord record) {
        Rejection shape = RowMapper.shapeProblem(record, layout);
        if (shape != null) {
            return StagedRow.quarantine(record, shape);
        }
        RowValues values = new RowValues(record, today);
        String customer = normaliseCustomer(values.required(0, Rejection.CUSTOMER_MISSING));
        LocalDate date = values.date(dateAt, "date", Values::compactDate);
        Integer quantity = values.integer(dateAt + 1, "quantity", 0, 1_000_000);
        BigDecimal amount = values.decimal(dateAt + 2, "amount", OrdersRowMapper.VALUE_LIMIT);
        if (amount != null && amount.signum() < 0) {
            values.reject(Rejection.of("amount", "negative {}", values.text(dateAt + 2)));
        }
        if (values.rejection() != null) {
            return StagedRow.quarantine(record, values.rejection());
        }
        String value = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String content = "cdnow:" + customer + ":" + record.field(dateAt) + ":" + quantity + ":" + value;
        int occurrence = occurrences.merge(content, 1, Integer::sum);
        return StagedRow.of(RowKind.ORDER, record.line()).with(ORDER_KEY, content + ":" + occurrence)
                .with(CUSTOMER_ID, customer).with(ORDER_DATE, date).with(QUANTITY, quantity).with(AMOUNT, value);
    }
}
