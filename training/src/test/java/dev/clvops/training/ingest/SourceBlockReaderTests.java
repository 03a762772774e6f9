package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceBlockReaderTests {

    private static final SourceLayout LAYOUT = new SourceLayout("o.csv", IngestFormat.ORDERS,
            StandardCharsets.UTF_8, ',', true, 2, Map.of("user_id", 0, "order_id", 1));
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String ROWS = "u1,o1\r\nu2,\"multi\nline, quoted\"\r\n\r\nu3,\"doubled \"\"quote\"\"\"\rlast,"
            + "x".repeat(100) + "\nu4,\"cr\r\nlf\"\nno,end";

    @TempDir
    Path dir;

    private Path write(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return Files.write(dir.resolve("o.csv"), out.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every block as [first line, text]. */
    private static List<Map.Entry<Long, String>> blocks(Path file, int blockSize) throws IOException {
        List<Map.Entry<Long, String>> blocks = new ArrayList<>();
        try (SourceBlockReader reader = SourceBlockReader.open(file, LAYOUT, blockSize)) {
            for (SourceBlock b = reader.next(); b != null; b = reader.next()) {
                blocks.add(Map.entry(b.firstLine(), new String(b.bytes(), b.offset(), b.length(),
                        StandardCharsets.UTF_8)));
            }
        }
        return blocks;
    }

    /** Physical lines before {@code end}: LF, CRLF and bare CR each end one. */
    private static long linesBefore(String text, int end) {
        long lines = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            lines += c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n') ? 1 : 0;
        }
        return lines;
    }

    private static List<String> records(String text) throws IOException {
        RecordSplitter splitter = new RecordSplitter(new StringReader(text), ',');
        List<String> records = new ArrayList<>();
        for (SourceRecord r = splitter.next(); r != null; r = splitter.next()) {
            records.add(r.raw());
        }
        return records;
    }

    @Test
    void readsEverythingAfterTheBomAndHeaderAsBlocksOfWholeRecordsOnTheirLines() throws IOException {
        String header = "user_id,order_id\r\n";
        Path file = write(BOM, utf8(header + ROWS));

        for (int blockSize : new int[] {16, 64, 1 << 16}) {
            List<Map.Entry<Long, String>> blocks = blocks(file, blockSize);

            assertThat(String.join("", blocks.stream().map(Map.Entry::getValue).toList())).isEqualTo(ROWS);
            int offset = 0;
            List<String> records = new ArrayList<>();
            for (Map.Entry<Long, String> block : blocks) {
                assertThat(block.getKey()).as("first line of a block at %d", offset)
                        .isEqualTo(1 + linesBefore(header + ROWS, header.length() + offset));
                records.addAll(records(block.getValue()));
                offset += block.getValue().length();
            }
            assertThat(records).isEqualTo(records(ROWS));
        }
    }

    @Test
    void growsItsBufferForRecordsLongerThanABlock() throws IOException {
        String longRecord = "u9,\"" + "long\n".repeat(50) + "\"\n";
        Path file = write(utf8("user_id,order_id\nu1,o1\n" + longRecord + "u2,o2\n"));

        List<Map.Entry<Long, String>> blocks = blocks(file, 16);

        assertThat(blocks).extracting(Map.Entry::getValue).contains(longRecord);
        assertThat(blocks).filteredOn(block -> block.getValue().equals(longRecord))
                .extracting(Map.Entry::getKey).containsExactly(3L);
        assertThat(blocks.getLast()).isEqualTo(Map.entry(54L, "u2,o2\n"));
    }

    @Test
    void startsWithASmallBlockAndDoublesItUpToTheBufferSize() throws IOException {
        String rows = "u1,o1,2023-01-05,12.50\n".repeat(40_000); // 920 KB
        Path file = write(utf8("user_id,order_id\n" + rows));

        List<Map.Entry<Long, String>> blocks = blocks(file, 4 << 20);

        assertThat(String.join("", blocks.stream().map(Map.Entry::getValue).toList())).isEqualTo(rows);
        assertThat(blocks).hasSize(4); // up to 64, 128 and 256 KB of whole 23-byte rows, then the rest
        int offset = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int length = blocks.get(i).getValue().length();
            if (i < blocks.size() - 1) {
                assertThat(length).as("block %d", i).isBetween((SourceBlockReader.FIRST_BLOCK << i) - 22,
                        SourceBlockReader.FIRST_BLOCK << i);
            }
            assertThat(blocks.get(i).getKey()).as("first line of block %d", i).isEqualTo(2 + offset / 23);
            offset += length;
        }
    }

    @Test
    void takesARecordLongerThanTheFirstBlockWhole() throws IOException {
        String longRecord = "u9,\"" + "x".repeat(SourceBlockReader.FIRST_BLOCK * 3) + "\"\n";
        Path file = write(utf8("user_id,order_id\n" + longRecord + "u2,o2\n"));

        List<Map.Entry<Long, String>> blocks = blocks(file, 4 << 20);

        assertThat(blocks).containsExactly(Map.entry(2L, longRecord + "u2,o2\n"));
    }

    @Test
    void skipsBlankLinesBeforeTheHeader() throws IOException {
        Path file = write(utf8("\n\r\n  \t\r\nuser_id,order_id\nu1,o1\n"));

        assertThat(blocks(file, 1 << 10)).containsExactly(Map.entry(5L, "u1,o1\n"));
    }

    @Test
    void skipsAQuotedMultiLineHeaderAndGivesNoBlockWithoutRows() throws IOException {
        Path headerOnly = write(utf8("\"user\nid\",order_id\r\n"));

        assertThat(blocks(headerOnly, 16)).isEmpty();
        Path withRow = write(BOM, utf8("\"user\nid\",order_id\r\nu1,o1"));
        assertThat(blocks(withRow, 16)).containsExactly(Map.entry(3L, "u1,o1"));
    }

    @Test
    void countsTheBytesItRead() throws IOException {
        byte[] content = utf8("user_id,order_id\n" + "u1,o1\n".repeat(40));
        Path file = write(content);

        try (SourceBlockReader reader = SourceBlockReader.open(file, LAYOUT, 32)) {
            while (reader.next() != null) {
                assertThat(reader.bytesRead()).isLessThanOrEqualTo(content.length);
            }
            assertThat(reader.bytesRead()).isEqualTo(content.length);
        }
    }
}
