package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.ingest.IngestFormat;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestWarmUpTests {

    private static Path orders(Path dir, int rows) throws Exception {
        Path file = dir.resolve("orders.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("user_id,order_id,order_date,order_value,channel,country\n");
            for (int i = 0; i < rows; i++) {
                out.write("c" + i / 3 + ",o" + i + ",2024-01-05,19.90,web,NL\n");
            }
        }
        return file;
    }

    @Test
    void encodesTheWholeOfASmallOrdersFileAndLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
        Path file = orders(dir, 5_000);
        byte[] before = Files.readAllBytes(file);

        IngestWarmUp warmUp = IngestWarmUp.start(file, IngestFormat.AUTO);
        warmUp.awaitEnd();
        warmUp.close();

        assertThat(warmUp.rowsEncoded()).isEqualTo(5_000);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void encodesOnlyTheHeadOfALargeFile(@TempDir Path dir) throws Exception {
        // about 40 bytes per row: 1M rows are 40 MB, more than the head
        Path file = orders(dir, 1_000_000);

        IngestWarmUp warmUp = IngestWarmUp.start(file, IngestFormat.ORDERS);
        warmUp.awaitEnd();

        assertThat(Files.size(file)).isGreaterThan(IngestWarmUp.HEAD_BYTES);
        assertThat(warmUp.rowsEncoded()).isPositive().isLessThan(1_000_000);
    }

    @Test
    void stopsWhenClosed(@TempDir Path dir) throws Exception {
        Path file = orders(dir, 1_000_000);

        IngestWarmUp warmUp = IngestWarmUp.start(file, IngestFormat.ORDERS);
        warmUp.close();
        long atClose = warmUp.rowsEncoded();
        Thread.sleep(50);

        assertThat(warmUp.rowsEncoded()).isEqualTo(atClose).isLessThan(1_000_000);
    }

    @Test
    void encodesNothingOfFilesTheBulkLaneDoesNotTakeOrCannotRead(@TempDir Path dir) throws Exception {
        Path cdnow = Files.writeString(dir.resolve("cdnow.txt"), "00001 19970101 1 11.77\n00002 19970112 2 20.00\n");
        Path missing = dir.resolve("missing.csv");
        Path binary = Files.write(dir.resolve("binary.csv"), new byte[] {1, 0, 2, 0});

        for (Path file : new Path[] {cdnow, missing, binary}) {
            IngestWarmUp warmUp = IngestWarmUp.start(file, IngestFormat.AUTO);
            warmUp.awaitEnd();
            assertThat(warmUp.rowsEncoded()).as(file.getFileName().toString()).isZero();
        }
    }
}
