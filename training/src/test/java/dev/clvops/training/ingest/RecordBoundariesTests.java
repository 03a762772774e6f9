package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordBoundariesTests {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The records {@link RecordSplitter} reads: start line, raw text and fields. */
    private static List<String> splitter(String text) throws IOException {
        RecordSplitter splitter = new RecordSplitter(new StringReader(text), ',');
        List<String> records = new ArrayList<>();
        for (SourceRecord r = splitter.next(); r != null; r = splitter.next()) {
            records.add(r.line() + ":" + r.raw() + "=" + String.join("|", r.fields()));
        }
        return records;
    }

    /** The same, reading each record cut by {@code first} scans alone, with the scans' line counts. */
    private static List<String> cut(String text) throws IOException {
        byte[] bytes = bytes(text);
        RecordBoundaries boundaries = new RecordBoundaries(',');
        List<String> records = new ArrayList<>();
        long line = 1;
        for (int from = 0; from < bytes.length; ) {
            int end = boundaries.scan(bytes, from, bytes.length, true, true);
            assertThat(end).isGreaterThan(from);
            for (String record : splitter(text.substring(from, end))) {
                records.add(line + record.substring(record.indexOf(':')));
            }
            line += boundaries.lines();
            from = end;
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a,b\r\nc,d\r\n",
        "a,b\rc,d\re,f",
        "a,b\n\"x\ny\",1\n\"p\r\nq\r\",2\r\nlast,row\n",
        "\"say \"\"hi\"\"\",1\n\"\"\"\",\"a\"\"\nb\"\n",
        "a\"b,c\nd,\"e\"f\"\ng,h\n",
        "\"\"\",x\ny\",z\n",
        "a,b\n\n\r\n\rc,d\n   \ne,f",
        "\"open,c\nd,e\n",
        "\"x\"\"\ny\"\"\",1\r\"a\rb\",2\r",
    })
    void cutsRecordsWhereTheSplitterEndsThemAndCountsTheirLines(String text) throws IOException {
        assertThat(cut(text)).isEqualTo(splitter(text));
    }

    @Test
    void cutsRandomRecordsWithLongPlainRunsAsTheSplitterDoes() throws IOException {
        // fields longer than a word, so whole words of plain bytes are stepped over inside and outside quotes
        String[] tokens = {"plain text run", "x", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "abcdefghijk,",
            "\"quoted, with\nline\"", ",,,,,,,,,", "12345678"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            assertThat(cut(text.toString())).as(text.toString()).isEqualTo(splitter(text.toString()));
        }
    }

    @Test
    void findsTheLastRecordEndOfABufferAndItsLines() {
        RecordBoundaries boundaries = new RecordBoundaries(',');
        byte[] bytes = bytes("a,b\r\n\"x\ny\",1\nc,d\rpartial,");

        assertThat(boundaries.scan(bytes, 0, bytes.length, false, false)).isEqualTo(17);
        assertThat(boundaries.lines()).isEqualTo(4);
    }

    @Test
    void takesAFinalRecordWithoutLineEndOnlyAtTheEndOfTheFile() {
        RecordBoundaries boundaries = new RecordBoundaries(',');
        byte[] bytes = bytes("a,b\nc,d");

        assertThat(boundaries.scan(bytes, 0, bytes.length, true, false)).isEqualTo(7);
        assertThat(boundaries.lines()).isEqualTo(2);
        assertThat(boundaries.scan(bytes, 0, bytes.length, false, false)).isEqualTo(4);
        assertThat(boundaries.lines()).isEqualTo(1);
    }

    @Test
    void doesNotCutAfterACrThatEndsTheBufferBeforeTheEndOfTheFile() {
        RecordBoundaries boundaries = new RecordBoundaries(',');

        assertThat(boundaries.scan(bytes("a,b\r"), 0, 4, false, false)).isZero();
        assertThat(boundaries.scan(bytes("x\na,b\r"), 0, 6, false, false)).isEqualTo(2);
        assertThat(boundaries.scan(bytes("a,b\r\nc"), 0, 6, false, false)).isEqualTo(5);
        assertThat(boundaries.lines()).isEqualTo(1);
        assertThat(boundaries.scan(bytes("a,b\r"), 0, 4, true, false)).isEqualTo(4);
        assertThat(boundaries.lines()).isEqualTo(1);
    }

    @Test
    void waitsForTheNextByteAfterAQuoteThatEndsTheBuffer() {
        RecordBoundaries boundaries = new RecordBoundaries(',');
        byte[] bytes = bytes("\"a\"\"\nb\",1\n");

        assertThat(boundaries.scan(bytes, 0, 3, false, false)).isZero();
        assertThat(boundaries.scan(bytes, 0, 4, false, false)).isZero();
        assertThat(boundaries.scan(bytes, 0, bytes.length, false, false)).isEqualTo(bytes.length);
        assertThat(boundaries.lines()).isEqualTo(2);
    }

    @Test
    void stopsAfterTheFirstRecordInFirstModeFromAnyOffset() {
        RecordBoundaries boundaries = new RecordBoundaries(';');
        byte[] bytes = bytes("skip\n\"a;\nb\";c\r\nd;e\nf");

        assertThat(boundaries.scan(bytes, 5, bytes.length, false, true)).isEqualTo(15);
        assertThat(boundaries.lines()).isEqualTo(2);
        assertThat(boundaries.scan(bytes, 15, bytes.length, true, true)).isEqualTo(19);
        assertThat(boundaries.scan(bytes, 19, bytes.length, true, true)).isEqualTo(20);
        assertThat(boundaries.lines()).isEqualTo(1);
        assertThat(boundaries.scan(bytes, 19, bytes.length, false, true)).isEqualTo(19);
    }

    @Test
    void treatsAQuoteInsideAFieldAsText() {
        RecordBoundaries boundaries = new RecordBoundaries(',');
        byte[] bytes = bytes("a\"b,c\nd,e\n");

        assertThat(boundaries.scan(bytes, 0, bytes.length, false, true)).isEqualTo(6);
    }
}
