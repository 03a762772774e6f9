package dev.clvops.training.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteInternerTests {

    private static int intern(ByteInterner interner, String key) {
        byte[] bytes = ("##" + key).getBytes(StandardCharsets.UTF_8);
        return interner.intern(bytes, 2, bytes.length - 2);
    }

    @Test
    void givesDenseIdsInOrderOfFirstAppearanceAcrossRehashes() {
        ByteInterner interner = new ByteInterner();

        for (int i = 0; i < 50_000; i++) {
            assertThat(intern(interner, "customer-" + i)).isEqualTo(i);
        }
        int again = intern(interner, "customer-123");
        byte[] unknown = "nobody".getBytes(StandardCharsets.UTF_8);

        assertThat(again).isEqualTo(123);
        assertThat(interner.size()).isEqualTo(50_000);
        assertThat(interner.key(49_999)).isEqualTo("customer-49999");
        assertThat(interner.find(unknown, 0, unknown.length)).isEqualTo(-1);
    }

    @Test
    void tellsApartShortKeysThatDifferOnlyInLengthOrTrailingZeroBytesAndLongKeysWithSharedPrefixes() {
        ByteInterner interner = new ByteInterner();
        String[] keys = {"", "a", "a\0", "a\0\0", "1234567", "12345678", "123456789", "1234567\0", "c42"};

        for (int i = 0; i < keys.length; i++) {
            assertThat(intern(interner, keys[i])).isEqualTo(i);
        }

        for (int i = 0; i < keys.length; i++) {
            assertThat(intern(interner, keys[i])).isEqualTo(i);
            byte[] bytes = keys[i].getBytes(StandardCharsets.UTF_8);
            assertThat(interner.find(bytes, 0, bytes.length)).isEqualTo(i);
            assertThat(interner.key(i)).isEqualTo(keys[i]);
        }
        assertThat(interner.size()).isEqualTo(keys.length);
    }
}
