package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BytesTests {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** The JDK decoder's verdict, which the check must match. */
    private static boolean jdkValid(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean valid(byte[] data) {
        return Utf8Bytes.check(data, 0, data.length) == data.length;
    }

    @Test
    void acceptsAsciiAndEveryEncodingLength() {
        assertThat(valid("plain ascii, longer than eight bytes".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(valid("Köln, 東京, 😀, ÿ".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void rejectsWhatTheJdkDecoderRejects() {
        assertThat(valid(bytes('K', 0xF6, 'l', 'n'))).as("Latin-1 ö").isFalse();
        assertThat(valid(bytes(0xC0, 0xAF))).as("overlong /").isFalse();
        assertThat(valid(bytes(0xE0, 0x80, 0xAF))).as("overlong three bytes").isFalse();
        assertThat(valid(bytes(0xED, 0xA0, 0x80))).as("surrogate").isFalse();
        assertThat(valid(bytes(0xF4, 0x90, 0x80, 0x80))).as("above U+10FFFF").isFalse();
        assertThat(valid(bytes(0xF5, 0x80, 0x80, 0x80))).as("lead byte F5").isFalse();
        assertThat(valid(bytes(0x80))).as("lone continuation").isFalse();
        assertThat(valid(bytes(0xC3, 'a'))).as("missing continuation").isFalse();
    }

    @Test
    void reportsWhereASequenceCutOffByTheEndStarts() {
        byte[] text = "ab東".getBytes(StandardCharsets.UTF_8); // 'a' 'b' E6 9D B1

        assertThat(Utf8Bytes.check(text, 0, 3)).isEqualTo(2);
        assertThat(Utf8Bytes.check(text, 0, 4)).isEqualTo(2);
        assertThat(Utf8Bytes.check(text, 0, 5)).isEqualTo(5);
        assertThat(Utf8Bytes.check(bytes('a', 0xE6, 'x'), 0, 3)).isEqualTo(Utf8Bytes.INVALID);
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(42);
        int[] pool = {'a', ' ', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0,
            0xF1, 0xF4, 0xF5, 0xFF};
        for (int round = 0; round < 200_000; round++) {
            byte[] data = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) pool[random.nextInt(pool.length)];
            }
            int checked = Utf8Bytes.check(data, 0, data.length);
            assertThat(checked == data.length).as("%s", java.util.HexFormat.of().formatHex(data))
                    .isEqualTo(jdkValid(data));
        }
    }
}
