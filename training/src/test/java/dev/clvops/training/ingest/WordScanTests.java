package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordScanTests {

    @Test
    void findsAByteInAWordWithoutFalseAnswers() {
        Random random = new Random(11);
        for (int round = 0; round < 100_000; round++) {
            byte[] bytes = new byte[8];
            random.nextBytes(bytes);
            byte b = (byte) random.nextInt(256);
            if (random.nextBoolean()) {
                bytes[random.nextInt(8)] = b;
            }
            boolean present = false;
            for (byte x : bytes) {
                present |= x == b;
            }
            assertThat(WordScan.has(WordScan.word(bytes, 0), WordScan.pattern(b))).isEqualTo(present);
        }
    }

    @Test
    void indexOfAgreesWithAPlainLoopAtEveryOffset() {
        byte[] bytes = "abcdefghij\nklmnopqrstuvwxyz0123\n4567\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int from = 0; from <= bytes.length; from++) {
            for (int to = from; to <= bytes.length; to++) {
                int expected = from;
                while (expected < to && bytes[expected] != '\n') {
                    expected++;
                }
                assertThat(WordScan.indexOf(bytes, from, to, (byte) '\n')).isEqualTo(expected);
            }
        }
    }
}
