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
