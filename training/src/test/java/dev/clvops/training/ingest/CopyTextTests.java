package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyTextTests {

    @Test
    void escapesTabsLineBreaksAndBackslashesAndWritesNullsAsBackslashN() {
        StagedRow row = StagedRow.of(RowKind.QUARANTINE, 7).with(StagingColumn.RAW, "a\tb\\c\r\nd");
        StringBuilder out = new StringBuilder();

        CopyText.append(out, 42, row);

        String[] columns = out.toString().split("\t", -1);
        assertThat(columns).hasSize(StagingColumn.COUNT + 1);
        assertThat(columns[0]).isEqualTo("42");
        assertThat(columns[1]).isEqualTo("7");
        assertThat(columns[2]).isEqualTo("Q");
        assertThat(columns[3]).isEqualTo("\\N");
        assertThat(out.toString()).contains("a\\tb\\\\c\\r\\nd").endsWith("\n");
    }

    @Test
    void findsEveryCharacterCopyTextEscapes() {
        assertThat(CopyText.plain("c1,o1,2023-01-05,12.50,web,Köln")).isTrue();
        for (String special : new String[] {"\\", "\t", "\n", "\r", "\0"}) {
            assertThat(CopyText.plain("c1,o1" + special + ",2023-01-05")).as("%s", special.codePointAt(0)).isFalse();
        }
    }

    @Test
    void processorLetsOnlyRowsOfCleanRecordsSkipEscaping() {
        SourceLayout layout = new SourceLayout("f.csv", IngestFormat.ORDERS, StandardCharsets.UTF_8, ',', true, 5,
                Map.of("user_id", 0, "order_id", 1, "order_date", 2, "order_value", 3, "city", 4));
        StagingRowProcessor processor = new StagingRowProcessor(
                RowMapper.forLayout(layout, LocalDate.of(2024, 1, 1)));
        String tabbed = "c1,o2,2023-01-05,12.50,Bad\tCity";

        StagedRow clean = processor.process(new SourceRecord(2, "c1,o1,2023-01-05,12.50,Köln",
                "c1,o1,2023-01-05,12.50,Köln".split(","), false));
        StagedRow withTab = processor.process(new SourceRecord(3, tabbed, tabbed.split(","), false));
        StringBuilder out = new StringBuilder();
        CopyText.append(out, 1, withTab);

        assertThat(clean.plain()).isTrue();
        assertThat(withTab.plain()).isFalse();
        assertThat(out.toString()).contains("Bad\\tCity").doesNotContain("Bad\tCity");
    }
}
