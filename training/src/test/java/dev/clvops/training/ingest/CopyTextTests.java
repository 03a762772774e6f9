package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
