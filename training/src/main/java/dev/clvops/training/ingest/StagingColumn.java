package dev.clvops.training.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The columns of {@code ingest_staged_rows} after {@code run_id}, in COPY order. */
enum StagingColumn {
    LINE_NUMBER, KIND, ORDER_KEY, CUSTOMER_ID, ORDER_DATE, ORDER_TS, AMOUNT, QUANTITY, UNIT_PRICE, STOCK_CODE,
    DESCRIPTION, CHANNEL, CATEGORY, ACQUISITION_SOURCE, CAMPAIGN, COUNTRY, CURRENCY, AGE, GENDER, CITY, RAW,
    REASON, REASON_KEY, FIRST_OF_KEY, FIRST_OF_CUSTOMER;

    static final int COUNT = values().length;

    /** The COPY column list, {@code run_id} first. */
    static String copyColumns() {
        return "run_id, " + Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
