package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.UnusableInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTests {

    @TempDir
    Path dir;

    private static String text(Reader reader) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        reader.transferTo(out);
        return out.toString();
    }

    @Test
    void readsValidUtf8AsUtf8() throws IOException {
        Path file = Files.writeString(dir.resolve("u.csv"), "city\nKöln\n", StandardCharsets.UTF_8);

        assertThat(FileFingerprint.of(file).charset()).isEqualTo("UTF-8");
    }

    @Test
    void fallsBackToLatin1WhenTheBytesAreNotUtf8() throws IOException {
        Path file = Files.writeString(dir.resolve("l.csv"), "city\nKöln\n", StandardCharsets.ISO_8859_1);

        FileFingerprint print = FileFingerprint.of(file);

        assertThat(print.charset()).isEqualTo("ISO-8859-1");
        try (Reader reader = SourceText.open(file, Charset.forName(print.charset()))) {
            assertThat(text(reader)).endsWith("Köln\n");
        }
    }

    @Test
    void checksSequencesSplitAcrossReadsAndCutOffAtTheEnd() throws IOException {
        // 1 MB is one read: the first file splits a valid three-byte sequence across two reads
        byte[] split = new byte[(1 << 20) + 2];
        java.util.Arrays.fill(split, (byte) 'a');
        byte[] tokyo = "東".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(tokyo, 0, split, (1 << 20) - 1, tokyo.length);
        Path whole = Files.write(dir.resolve("split.csv"), split);
        Path cut = Files.write(dir.resolve("cut.csv"), java.util.Arrays.copyOf(split, 1 << 20));

        assertThat(FileFingerprint.of(whole).charset()).isEqualTo("UTF-8");
        assertThat(FileFingerprint.of(cut).charset()).isEqualTo("ISO-8859-1");
    }

    @Test
    void staysLatin1AfterTheFirstInvalidRead() throws IOException {
        byte[] text = new byte[3 << 20];
        java.util.Arrays.fill(text, (byte) 'a');
        text[10] = (byte) 0xF6; // Latin-1 ö in the first read; the later reads are plain ASCII

        assertThat(FileFingerprint.of(Files.write(dir.resolve("l1.csv"), text)).charset()).isEqualTo("ISO-8859-1");
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("bom.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'});

        try (Reader reader = SourceText.open(file, StandardCharsets.UTF_8)) {
            assertThat(text(reader)).isEqualTo("a\n");
        }
    }

    @Test
    void identifiesContentBySha256() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "same");
        Path b = Files.writeString(dir.resolve("b.csv"), "same");

        assertThat(FileFingerprint.of(a).sha256()).isEqualTo(FileFingerprint.of(b).sha256()).hasSize(64);
        assertThat(FileFingerprint.of(a).bytes()).isEqualTo(4);
    }

    @Test
    void rejectsEmptyAndBinaryFiles() throws IOException {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});

        assertThatThrownBy(() -> FileFingerprint.of(empty)).isInstanceOf(UnusableInputException.class)
                .hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> FileFingerprint.of(binary)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("x.bin: binary content");
    }
}
