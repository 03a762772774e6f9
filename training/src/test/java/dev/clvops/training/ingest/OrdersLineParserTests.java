package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast lane either declines a line or agrees with the generic lane ({@link RecordSplitter} and
 * {@link OrdersRowMapper}) on every value. Lines are written with '|' for the delimiter, which each test replaces.
 */
class OrdersLineParserTests {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final String HEADER = "user_id|order_id|order_date|order_value|channel|category|acquisition_source"
            + "|campaign|country|currency|age|gender|city";
    private static final String VALID = "u1|o1|2023-01-05|120.50|web|books|search|spring|DE|EUR|34|f|Berlin";

    /** Every value of a parsed row, comparable between the lanes. */
    private record Parsed(RowKind kind, List<@Nullable String> texts, long epochDay, long microOfDay, long hundredths,
                          int age) {

        static Parsed of(OrderRow row) {
            List<@Nullable String> texts = new ArrayList<>();
            for (OrderRow.Text text : OrderRow.Text.values()) {
                int i = text.ordinal();
                texts.add(row.source[i] == null ? null
                        : new String(row.source[i], row.offset[i], row.length[i], StandardCharsets.UTF_8));
            }
            return new Parsed(row.kind, texts, row.epochDay, row.microOfDay, row.hundredths, row.age);
        }

        @Nullable String text(OrderRow.Text column) {
            return texts.get(column.ordinal());
        }
    }

    /** Both lanes of one layout. */
    private static final class Lanes {

        private final SourceLayout layout;
        private final OrdersLineParser parser;
        private final OrdersRowMapper mapper;

        Lanes(String header, char delimiter) {
            String[] names = header.replace('|', delimiter).split(String.valueOf(delimiter), -1);
            layout = new SourceLayout("o.csv", IngestFormat.ORDERS, StandardCharsets.UTF_8, delimiter, true,
                    names.length, HeaderNames.locate(IngestFormat.ORDERS, names));
            parser = new OrdersLineParser(layout, TODAY);
            mapper = new OrdersRowMapper(layout, TODAY);
        }

        /** The fast lane's values, or null when it declines; asserts the generic lane agrees when it accepts. */
        @Nullable Parsed parse(String line) {
            byte[] bytes = ("#" + line + "#").getBytes(StandardCharsets.UTF_8); // parsed at an offset
            OrderRow row = new OrderRow();
            if (!parser.parse(bytes, 1, bytes.length - 1, row)) {
                return null;
            }
            Parsed fast = Parsed.of(row);
            StagedRow staged = generic(line);
            assertThat(staged.kind()).as("generic lane on [%s], reason %s", line, staged.get(StagingColumn.REASON))
                    .isNotEqualTo(RowKind.QUARANTINE);
            assertThat(fast).as("fast lane against generic lane on [%s]", line)
                    .isEqualTo(Parsed.of(new OrderRow().from(staged, "orders:")));
            return fast;
        }

        StagedRow generic(String line) {
            try {
                SourceRecord record = new RecordSplitter(new StringReader(line), layout.delimiter()).next();
                return mapper.map(new SourceRecord(2, record.raw(), record.fields(), record.unterminatedQuote()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final Lanes comma = new Lanes(HEADER, ',');
    private final Lanes semicolons = new Lanes(HEADER, ';');
    private final Lanes tabs = new Lanes(HEADER, '\t');

    private @Nullable Parsed parse(String line) {
        return comma.parse(line.replace('|', ','));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        VALID,
        "u1|o1|2023-01-05|120|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|120.5|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|0.00|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|-0.00|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|-12.3|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|00.5|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|9999999999.99|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|-9999999999.9|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|0009999999999.99|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2024-02-29|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2000-02-29|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|1900-01-01|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2024-06-02|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|1970-01-01|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-12-31|1|web|books|search|spring|DE|EUR|0|f|Berlin",
        "u1|o1|2023-12-31|1|web|books|search|spring|DE|EUR|120|f|Berlin",
        "u1|o1|2023-12-31|1|web|books|search|spring|DE|EUR|007|f|Berlin",
        "u1|o1|2023-12-31|1|web|books|search|spring|DE|EUR||f|Berlin",
        "u1|o1|2023-12-31|1|||||||||",
        "u1|o1|2023-12-31|1|\"\"|\"\"|||||\"\"||",
        "u2|o3|2023-01-07|15.25|store|books|referral||US|USD||m|\"Washington, D.C.\"",
        "\"u,2\"|\"o,3\"|\"2023-01-07\"|\"15.25\"|store|books|referral||US|USD|\"40\"|m|Paris",
        "u1|o1|2023-01-05|1|we b|a'b|x-y|c=d|DE|EUR|34|f|St. Poelten",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Köln",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\"Köln\"",
        "Kunde-Müller|Bestellung-Nº1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|São Paulo",
        "u1|o1|2023-01-05|1|web|books|search|spring|JP|JPY|34|f|Chiyoda 千代田 1",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|a\u3000b",
    })
    void acceptsUnambiguousLinesWithTheGenericLanesValues(String line) {
        assertThat(parse(line)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "u1|o1|2023-01-05|1.005|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|5.|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|.5|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|-.5|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|+5|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|-|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05||web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|1.2.3|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|1e3|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|\"1,5\"|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|10000000000|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|-10000000000.00|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|99999999999999999999|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|0000000000000000000000000000001|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-02-29|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|1900-02-29|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-13-01|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-00-10|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-04-31|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2024-06-03|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|1899-12-31|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-1-05|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|20230105|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05T10:15:00|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05 10:15|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1||1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|121|f|Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|-1|f|Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34.0|f|Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|0034|f|Berlin",
        "|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1||2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\"Say \"\"hi\"\"\"",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Ber\"lin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\"Berlin\"x",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\"Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\"Berlin|x",
        " u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1 |2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05| 1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\" Berlin\"",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin ",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\u3000Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin\u2003",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|\"\u1680Berlin\"",
        "\u2028u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Malmö",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Ber\tlin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Ber\u0000lin",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin|",
        "u1|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin|extra",
        "",
    })
    void declinesAmbiguousOrInvalidLines(String line) {
        assertThat(parse(line)).isNull();
    }

    @Test
    void readsANegativeValueAsAReturnOfItsAbsoluteAmount() {
        Parsed row = parse("u1|o4|2023-02-12|-30.5|web|books|search|spring|DE|EUR|34|f|Berlin");

        assertThat(row.kind()).isEqualTo(RowKind.RETURN);
        assertThat(row.hundredths()).isEqualTo(3050);
        assertThat(row.text(OrderRow.Text.ORDER_ID)).isEqualTo("o4");
        assertThat(row.epochDay()).isEqualTo(LocalDate.of(2023, 2, 12).toEpochDay());
    }

    @Test
    void readsNegativeZeroAsAnOrder() {
        Parsed row = parse("u1|o4|2023-02-12|-0.00|web|books|search|spring|DE|EUR|34|f|Berlin");

        assertThat(row.kind()).isEqualTo(RowKind.ORDER);
        assertThat(row.hundredths()).isZero();
    }

    @Test
    void keepsTheDelimiterInsideAQuotedFieldAndLeavesEmptyOptionalFieldsNull() {
        Parsed row = parse("u2|o3|2023-01-07|15.25|store|||||USD||m|\"Washington, D.C.\"");

        assertThat(row.text(OrderRow.Text.CITY)).isEqualTo("Washington, D.C.");
        assertThat(row.text(OrderRow.Text.CATEGORY)).isNull();
        assertThat(row.text(OrderRow.Text.COUNTRY)).isNull();
        assertThat(row.age()).isEqualTo(OrderRow.NO_AGE);
        assertThat(row.microOfDay()).isEqualTo(-1);
    }

    @Test
    void readsAgesWithLeadingZeros() {
        assertThat(parse("u1|o1|2023-12-31|1|web|books|search|spring|DE|EUR|007|f|Berlin").age()).isEqualTo(7);
    }

    @Test
    void splitsTabAndSemicolonDelimitedLines() {
        assertThat(tabs.parse("u1\to1\t2023-01-05\t1.5\tweb\tbooks\tsearch\tspring\tDE\tEUR\t34\tf\tBerlin, DE")
                .text(OrderRow.Text.CITY)).isEqualTo("Berlin, DE");
        assertThat(semicolons.parse("u1;o1;2023-01-05;1.5;web;books;search;spring;DE;EUR;34;f;\"Ber;lin\"")
                .text(OrderRow.Text.CITY)).isEqualTo("Ber;lin");
        assertThat(semicolons.parse("u1;o1;2023-01-05;1,5;web;books;search;spring;DE;EUR;34;f;Berlin")).isNull();
        assertThat(tabs.parse("u1\to1\t2023-01-05\t1.5\tweb\tbooks\tsearch\tspring\tDE\tEUR\t34\tf\t\"Ber\tlin\""))
                .isNull();
    }

    @Test
    void readsOnlyTheRequiredColumnsOfAMinimalLayoutInAnyOrder() {
        Lanes minimal = new Lanes("order_value|order_date|unknown|order_id|user_id", ',');

        Parsed row = minimal.parse("9.99,2023-03-01,whatever,o7,u7");

        assertThat(row.hundredths()).isEqualTo(999);
        assertThat(row.text(OrderRow.Text.CUSTOMER_ID)).isEqualTo("u7");
        assertThat(row.text(OrderRow.Text.CHANNEL)).isNull();
        assertThat(row.age()).isEqualTo(OrderRow.NO_AGE);
    }

    @Test
    void agreesWithTheGenericLaneOnRandomLinesOfValidAndInvalidFragments() {
        Random random = new Random(20_261_121);
        String[][] fragments = {
            {"u1", "u22", "\"u,3\"", "", " u4", "u5 ", "u\"6", "\"u7", "\"\"", "Ü8", "\"u9\"x", "u\u000110",
                "u\u00e911", "\u3000u12", "u13\u2003", "\u00a0u14", "u15\u0085"},
            {"o1", "o2", "\"o,3\"", "", "o 4", "\"o\"\"5\"", "o6\r", "\"\"", "ö7", "o\u20ac8", "o9\u3000"},
            {"2023-01-05", "2024-02-29", "2024-06-02", "1900-01-01", "\"2023-01-05\"", "2000-02-29", "2023-02-29",
                "2024-06-03", "1899-12-31", "2023-13-01", "2023-00-10", "2023-1-5", "2023-01-05T10:00:00", "",
                " 2023-01-05", "20230105", "0000-01-01", "9999-12-31", "2023-01-32", "2023-06-31", "2023/01/05",
                "2023-01-0x", "1900-02-29"},
            {"0", "1", "12.5", "12.34", "-12.34", "-0.00", "9999999999.99", "\"7.25\"", "0.001", "5.", ".5", "+5",
                "-", "", "10000000000", "-9999999999.999", "00000000000000000000000000001.5", "1e3", " 3", "1..2",
                "--1", "1-", "99999999999999999999999", "-0"},
            {"web", "", "\"a,b\"", "x y", "\" x\"", "é", "a\"b", "\"open", "x\"\"y", "Köln", "\"Köln\"", "Malmö",
                "\u2000x", "x\u205f", "a\u00a0b", "\uD83D\uDE00x"},
            {"34", "", "0", "120", "007", "\"40\"", "121", "-1", "34.0", "1000", " 5", "x"},
        };
        int[] valid = {3, 3, 6, 8, 4, 6}; // the first valid[i] fragments of column kind i are accepted values
        int[] columns = {0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 5, 4, 4};
        char[] delimiters = {',', ';', '\t'};
        int accepted = 0;
        int acceptedNonAscii = 0;
        for (int n = 0; n < 4_000; n++) {
            char delimiter = delimiters[random.nextInt(delimiters.length)];
            List<String> fields = new ArrayList<>();
            for (int column : columns) {
                // mostly valid values, so that a fair share of the lines is whole
                int choices = random.nextInt(10) > 0 ? valid[column] : fragments[column].length;
                fields.add(fragments[column][random.nextInt(choices)]);
            }
            if (random.nextInt(20) == 0) {
                fields.remove(random.nextInt(fields.size()));
            } else if (random.nextInt(20) == 0) {
                fields.add(random.nextInt(fields.size() + 1), "extra");
            }
            String line = String.join(String.valueOf(delimiter), fields);
            Lanes lanes = delimiter == ',' ? comma : delimiter == ';' ? semicolons : tabs;
            boolean took = lanes.parse(line) != null;
            accepted += took ? 1 : 0;
            acceptedNonAscii += took && !StandardCharsets.US_ASCII.newEncoder().canEncode(line) ? 1 : 0;
        }

        assertThat(accepted).as("lines the fast lane took").isBetween(100, 3_900);
        assertThat(acceptedNonAscii).as("lines with non-ASCII text the fast lane took").isPositive();
    }

    @Test
    void declinesNonAsciiTextOfALatin1FileWhichNeedsTranscoding() {
        String[] names = HEADER.split("\\|");
        SourceLayout latin1 = new SourceLayout("o.csv", IngestFormat.ORDERS, StandardCharsets.ISO_8859_1, ',', true,
                names.length, HeaderNames.locate(IngestFormat.ORDERS, names));
        OrdersLineParser parser = new OrdersLineParser(latin1, TODAY);
        byte[] koeln = VALID.replace("Berlin", "Köln").replace('|', ',').getBytes(StandardCharsets.ISO_8859_1);
        byte[] berlin = VALID.replace('|', ',').getBytes(StandardCharsets.ISO_8859_1);

        assertThat(parser.parse(koeln, 0, koeln.length, new OrderRow())).isFalse();
        assertThat(parser.parse(berlin, 0, berlin.length, new OrderRow())).isTrue();
    }

    @Test
    void declinesEveryLineOfAFileThatTheGenericLaneQuarantines() {
        List<String> quarantined = Arrays.asList(
                "u1|o1|2023-01-05|abc|web|books|search|spring|DE|EUR|34|f|Berlin",
                "u1|o1|2023-13-45|1|web|books|search|spring|DE|EUR|34|f|Berlin",
                "|o1|2023-01-05|1|web|books|search|spring|DE|EUR|34|f|Berlin");

        for (String line : quarantined) {
            assertThat(comma.generic(line.replace('|', ',')).kind()).isEqualTo(RowKind.QUARANTINE);
            assertThat(parse(line)).as(line).isNull();
        }
    }
}
