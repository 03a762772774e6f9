package dev.clvops.training.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextReaderTests {

    private static CopyTextReader reader(String text, int columns) {
        return new CopyTextReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), columns);
    }

    @Test
    void parsesDatesCentsNullsAndEscapedText() {
        CopyTextReader reader = reader("k\\\\1\\tx\t1997-09-30\t-12.3\t\\N\tcafé\n", 5);

        assertThat(reader.next()).isTrue();
        assertThat(reader.string(0)).isEqualTo("k\\1\tx");
        assertThat(reader.epochDay(1)).isEqualTo(LocalDate.of(1997, 9, 30).toEpochDay());
        assertThat(reader.cents(2)).isEqualTo(-1230);
        assertThat(reader.isNull(3)).isTrue();
        assertThat(reader.string(3)).isNull();
        assertThat(reader.string(4)).isEqualTo("café");
        assertThat(reader.next()).isFalse();
    }

    @Test
    void readsLinesLongerThanItsBufferAndManyLines() {
        String longId = "x".repeat(3_000_000);
        StringBuilder text = new StringBuilder(longId + "\t29.33\n");
        for (int i = 0; i < 100_000; i++) {
            text.append('c').append(i).append("\t").append(i).append(".05\n");
        }
        CopyTextReader reader = reader(text.toString(), 2);
        ByteInterner ids = new ByteInterner();

        long cents = 0;
        int lines = 0;
        while (reader.next()) {
            reader.intern(0, ids);
            cents += reader.cents(1);
            lines++;
        }

        assertThat(lines).isEqualTo(100_001);
        assertThat(ids.size()).isEqualTo(100_001);
        assertThat(ids.key(0)).isEqualTo(longId);
        assertThat(ids.key(100_000)).isEqualTo("c99999");
        assertThat(cents).isEqualTo(2933 + 100L * (99_999L * 100_000 / 2) + 5 * 100_000);
    }

    @Test
    void rejectsLinesWithTheWrongNumberOfColumns() {
        CopyTextReader reader = reader("a\tb\tc\n", 2);

        assertThatThrownBy(reader::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("a\tb\tc");
    }

    @Test
    void readsIdsAndRefusesAnythingElseAsOne() {
        CopyTextReader reader = reader("0\t7\t123456789\t-1\t1234567890\t12a\t\\N\n", 7);

        assertThat(reader.next()).isTrue();
        assertThat(reader.integer(0)).isZero();
        assertThat(reader.integer(1)).isEqualTo(7);
        assertThat(reader.integer(2)).isEqualTo(123_456_789);
        for (int field = 3; field < 7; field++) {
            int f = field;
            assertThatThrownBy(() -> reader.integer(f)).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("not an id");
        }
    }
}
