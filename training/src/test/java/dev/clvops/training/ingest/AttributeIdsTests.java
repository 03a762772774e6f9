package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AttributeIdsTests {

    private static final OrderRow.Text[] SIX = {OrderRow.Text.CHANNEL, OrderRow.Text.CATEGORY,
        OrderRow.Text.ACQUISITION_SOURCE, OrderRow.Text.CAMPAIGN, OrderRow.Text.COUNTRY, OrderRow.Text.CURRENCY};

    /** A row with the six values, sliced out of a larger array as the fast lane leaves them. */
    private static OrderRow row(@Nullable String... values) {
        OrderRow row = new OrderRow();
        for (int i = 0; i < SIX.length; i++) {
            byte[] bytes = values[i] == null ? null : ("##" + values[i] + "#").getBytes(StandardCharsets.UTF_8);
            row.text(SIX[i], bytes, 2, bytes == null ? 0 : bytes.length - 1);
        }
        row.text(OrderRow.Text.CUSTOMER_ID, "u1".getBytes(StandardCharsets.UTF_8), 0, 2);
        return row;
    }

    @Test
    void numbersEachNewCombinationOnceAndWritesItToTheCopy() {
        AttributeIds ids = AttributeIds.none();
        BinaryCopy out = new BinaryCopy(64);

        int web = ids.id(row("web", "books", null, null, "DE", "EUR"), out);
        int written = out.size();
        int again = ids.id(row("web", "books", null, null, "DE", "EUR"), out);
        int app = ids.id(row("app", "books", null, null, "DE", "EUR"), out);

        assertThat(web).isEqualTo(1);
        assertThat(again).isEqualTo(web);
        assertThat(app).isEqualTo(2);
        assertThat(written).isPositive();
        assertThat(out.size()).as("only the new combination is appended").isGreaterThan(written);
        int afterApp = out.size();
        ids.id(row("app", "books", null, null, "DE", "EUR"), out);
        assertThat(out.size()).isEqualTo(afterApp);
    }

    @Test
    void givesNoIdToARowWithoutAnyOfTheSixValues() {
        AttributeIds ids = AttributeIds.none();
        BinaryCopy out = new BinaryCopy(64);

        assertThat(ids.id(row(null, null, null, null, null, null), out)).isEqualTo(AttributeIds.NONE);
        assertThat(out.size()).isZero();
    }

    @Test
    void tellsApartValuesThatOnlyDifferInWhereOneEndsOrWhichIsMissing() {
        AttributeIds ids = AttributeIds.none();

        int[] distinct = {
            ids.id(row("ab", null, null, null, null, null), null),
            ids.id(row("a", "b", null, null, null, null), null),
            ids.id(row(null, "ab", null, null, null, null), null),
            ids.id(row("a", null, "b", null, null, null), null),
            ids.id(row("", "ab", null, null, null, null), null),
            ids.id(row("ab", "", null, null, null, null), null),
            ids.id(row(null, null, null, null, null, "ab"), null),
        };

        assertThat(distinct).doesNotHaveDuplicates();
        assertThat(ids.id(row("a", "b", null, null, null, null), null)).isEqualTo(distinct[1]);
    }

    @Test
    void tellsApartLongValuesWhoseLengthsNeedMoreThanOneByte() {
        AttributeIds ids = AttributeIds.none();
        String x253 = "x".repeat(253);
        String x254 = "x".repeat(254);

        int[] distinct = {
            ids.id(row(x253, null, null, null, null, null), null),
            ids.id(row(x254, null, null, null, null, null), null),
            ids.id(row(x253 + "\u00fe", null, null, null, null, null), null),
            ids.id(row("x".repeat(300), "a", null, null, null, null), null),
            ids.id(row("x".repeat(300) + "a", null, null, null, null, null), null),
            ids.id(row("\u00ff", null, null, null, null, null), null),
            ids.id(row(null, "\u00ff", null, null, null, null), null),
        };

        assertThat(distinct).doesNotHaveDuplicates();
        assertThat(ids.id(row("x".repeat(300), "a", null, null, null, null), null)).isEqualTo(distinct[3]);
        assertThat(ids.id(row(x254, null, null, null, null, null), null)).isEqualTo(distinct[1]);
    }
}
