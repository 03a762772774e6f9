package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeySetTests {

    private static int add(KeySet keys, String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return keys.add(bytes, 0, bytes.length);
    }

    @Test
    void givesNewKeysOrdinalsInInsertionOrderAndRepeatsMinusOneMinusTheirOrdinal() {
        KeySet keys = new KeySet(4);

        assertThat(add(keys, "o1")).isZero();
        assertThat(add(keys, "o2")).isEqualTo(1);
        assertThat(add(keys, "")).isEqualTo(2);
        assertThat(add(keys, "o1")).isEqualTo(-1);
        assertThat(add(keys, "o2")).isEqualTo(-2);
        assertThat(add(keys, "")).isEqualTo(-3);
        assertThat(add(keys, "o3")).isEqualTo(3);
        assertThat(keys.size()).isEqualTo(4);
    }

    @Test
    void keepsEveryKeyThroughManyRehashesWithoutFalseMatches() {
        KeySet keys = new KeySet(1);
        int count = 200_000;

        for (int i = 0; i < count; i++) {
            assertThat(add(keys, "order-" + i)).isEqualTo(i);
        }

        assertThat(keys.size()).isEqualTo(count);
        for (int i = 0; i < count; i += 7) {
            assertThat(add(keys, "order-" + i)).isEqualTo(-1 - i);
        }
        for (int i = 0; i < 1_000; i++) {
            assertThat(add(keys, "order-" + (count + i))).isEqualTo(count + 2 * i);
            assertThat(add(keys, "Order-" + i)).isEqualTo(count + 2 * i + 1);
        }
    }

    @Test
    void growsItsArenaForKeysLongerThanIt() {
        KeySet keys = new KeySet(2);
        String longKey = "k".repeat(100_000);

        assertThat(add(keys, longKey)).isZero();
        assertThat(add(keys, longKey + "x")).isEqualTo(1);
        assertThat(add(keys, longKey)).isEqualTo(-1);
    }

    @Test
    void comparesSlicesAtAnyOffsetByTheirBytes() {
        KeySet keys = new KeySet(8);
        byte[] line = "u1,o1,o1x,u1".getBytes(StandardCharsets.US_ASCII);

        assertThat(keys.add(line, 0, 2)).isZero();
        assertThat(keys.add(line, 3, 5)).isEqualTo(1);
        assertThat(keys.add(line, 6, 9)).isEqualTo(2);
        assertThat(keys.add(line, 10, 12)).isEqualTo(-1);
        assertThat(keys.add(line, 6, 8)).isEqualTo(-2);
        assertThat(keys.add("xo1".getBytes(StandardCharsets.US_ASCII), 1, 3)).isEqualTo(-2);
    }

    @Test
    void findsKeysAddedWithTheirHashAndTellsApartKeysThatDifferOnlyInTheirLastBytes() {
        KeySet keys = new KeySet(16);
        byte[] base = "customer-0000000000000000".getBytes(StandardCharsets.US_ASCII);
        int count = 0;

        for (int length = 0; length <= base.length; length++) {
            for (byte last = 'a'; last <= 'c'; last++) {
                byte[] key = Arrays.copyOf(base, length + 1);
                key[length] = last;
                assertThat(keys.add(key, 0, key.length, KeySet.hash(key, 0, key.length))).isEqualTo(count++);
            }
        }

        for (int length = 0; length <= base.length; length++) {
            byte[] key = Arrays.copyOf(base, length + 1);
            key[length] = 'b';
            assertThat(keys.add(key, 0, key.length)).isEqualTo(-1 - (3 * length + 1));
            assertThat(keys.add(key, 0, key.length)).as("the key just found again").isEqualTo(-1 - (3 * length + 1));
        }
        assertThat(keys.size()).isEqualTo(count);
    }

    @Test
    void hashesASliceByItsBytesWhateverSurroundsIt() {
        byte[] key = "order-123456789".getBytes(StandardCharsets.US_ASCII);
        byte[] inLine = "xx,order-123456789,yy".getBytes(StandardCharsets.US_ASCII);

        for (int length = 1; length <= key.length; length++) {
            assertThat(KeySet.hash(inLine, 3, 3 + length)).isEqualTo(KeySet.hash(key, 0, length));
        }
    }
}
