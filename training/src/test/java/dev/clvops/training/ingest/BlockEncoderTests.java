package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockEncoderTests {

    /** What a run encoded: per table the concatenated COPY rows, then the tally and the number of blocks. */
    private record Encoded(List<String> tables, String tally, int blocks) {
    }

    private static Encoded encode(Path file, int blockSize) throws Exception {
        SourceLayout layout = FormatDetector.detect(file, IngestFormat.AUTO, StandardCharsets.UTF_8);
        BlockEncoder encoder = new BlockEncoder(layout, LocalDate.of(2026, 1, 1), 7, 16);
        ByteArrayOutputStream[] tables = {new ByteArrayOutputStream(), new ByteArrayOutputStream(),
            new ByteArrayOutputStream(), new ByteArrayOutputStream()};
        int blocks = 0;
        try (SourceBlockReader reader = SourceBlockReader.open(file, layout, blockSize)) {
            for (SourceBlock block = reader.next(); block != null; block = reader.next()) {
                EncodedBlock encoded = encoder.encode(block);
                encoded.orders.writeTo(tables[0]);
                encoded.returns.writeTo(tables[1]);
                encoded.customers.writeTo(tables[2]);
                encoded.quarantine.writeTo(tables[3]);
                blocks++;
            }
        }
        BulkTally t = encoder.tally();
        return new Encoded(List.of(hex(tables[0]), hex(tables[1]), hex(tables[2]), hex(tables[3])),
                t.read + "/" + t.loaded + "/" + t.customers + "/" + t.quarantined + " " + t.reasons, blocks);
    }

    private static String hex(ByteArrayOutputStream out) {
        return java.util.HexFormat.of().formatHex(out.toByteArray());
    }

    @Test
    void encodesTheSameRowsWhateverTheBlocksAFileIsCutInto(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("first.csv"), BulkLaneIT.FIRST + "\r\n" + BulkLaneIT.SECOND
                .substring(BulkLaneIT.SECOND.indexOf('\n') + 1));

        Encoded whole = encode(file, 1 << 16);
        Encoded cut = encode(file, 16);

        assertThat(whole.blocks()).isEqualTo(1);
        assertThat(cut.blocks()).isGreaterThan(10);
        assertThat(cut.tables()).isEqualTo(whole.tables());
        assertThat(cut.tally()).isEqualTo(whole.tally()).startsWith("20/9/5/5 ");
    }

    @Test
    void keepsTheFirstRowOfEachKeyAcrossRowsThatWaitTogetherForTheirKeyLookups(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("user_id,order_id,order_date,order_value\n");
        Set<String> keys = new HashSet<>();
        Set<String> customers = new HashSet<>();
        int rows = 0;
        int quarantined = 0;
        for (int i = 0; i < 300; i++) {
            // keys repeat 150 rows later and sometimes on the next row; some rows take the generic lane
            String key = "o" + (i % 150);
            String customer = "u" + (i % 37);
            String date = i % 7 == 0 ? "2025-03-04T10:00:00" : "2025-03-04";
            String value = i % 13 == 0 ? "abc" : "12.50";
            for (int copy = 0; copy < (i % 10 == 0 ? 2 : 1); copy++) {
                csv.append(customer).append(',').append(key).append(',').append(date).append(',').append(value)
                        .append('\n');
                rows++;
                if (value.equals("abc")) {
                    quarantined++;
                } else if (keys.add(key)) {
                    customers.add(customer);
                }
            }
        }
        Path file = Files.writeString(dir.resolve("repeats.csv"), csv);

        Encoded whole = encode(file, 1 << 16);
        Encoded cut = encode(file, 700);

        assertThat(whole.tally())
                .startsWith(rows + "/" + keys.size() + "/" + customers.size() + "/" + quarantined + " ");
        assertThat(cut.blocks()).isGreaterThan(10);
        assertThat(cut.tables()).isEqualTo(whole.tables());
    }
}
