package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSplitterTests {

    private static List<SourceRecord> split(String text, char delimiter) throws IOException {
        RecordSplitter splitter = new RecordSplitter(new StringReader(text), delimiter);
        List<SourceRecord> records = new ArrayList<>();
        for (SourceRecord r = splitter.next(); r != null; r = splitter.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void splitsQuotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() throws IOException {
        List<SourceRecord> records = split("a,b\n\"x,1\",\"say \"\"hi\"\"\nthere\"\nlast,row\n", ',');

        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("x,1", "say \"hi\"\nthere");
        assertThat(records.get(1).raw()).isEqualTo("\"x,1\",\"say \"\"hi\"\"\nthere\"");
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void acceptsCrlfAndCrLineEndsAndSkipsBlankLines() throws IOException {
        List<SourceRecord> records = split("a;b\r\n\r\n1;2\r3;4", ';');

        assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 3L, 4L);
        assertThat(records.get(2).fields()).containsExactly("3", "4");
    }

    @Test
    void splitsTabsAndKeepsEmptyFields() throws IOException {
        assertThat(split("a\t\tc\n", '\t').getFirst().fields()).containsExactly("a", "", "c");
    }

    @Test
    void splitsWhitespaceRunsForCdnowRows() throws IOException {
        SourceRecord record = split(" 00004 0001 19970101  2   29.33\r\n", RecordSplitter.WHITESPACE).getFirst();

        assertThat(record.fields()).containsExactly("00004", "0001", "19970101", "2", "29.33");
    }

    @Test
    void flagsAQuoteLeftOpenAtTheEndOfTheFile() throws IOException {
        List<SourceRecord> records = split("a,b\n\"open,c\nd,e\n", ',');

        assertThat(records).hasSize(2);
        assertThat(records.get(1).unterminatedQuote()).isTrue();
    }
}
