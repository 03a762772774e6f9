package dev.clvops.training.ingest;

import dev.clvops.platform.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a file's content (SHA-256, size) and how to decode it: UTF-8 when every byte sequence is valid
 * UTF-8, otherwise Latin-1. One pass over the file.
 */
record FileFingerprint(String sha256, long bytes, String charset) {

    private static final int SNIFF_BYTES = 8192;
    private static final int CHUNK = 1 << 20;

    static FileFingerprint of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(file, in);
        } catch (NoSuchFileException e) {
            throw new UnusableInputException(file.getFileName() + ": file not found", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static FileFingerprint scan(Path file, InputStream in) throws IOException {
        MessageDigest sha = newDigest();
        byte[] buffer = new byte[CHUNK];
        int kept = 0; // the start of a UTF-8 sequence cut off by the last chunk's end
        boolean validUtf8 = true;
        long total = 0;
        for (int n = in.read(buffer, kept, CHUNK - kept); n >= 0; n = in.read(buffer, kept, CHUNK - kept)) {
            sha.update(buffer, kept, n);
            if (total < SNIFF_BYTES) {
                rejectBinary(file, buffer, kept, n);
            }
            total += n;
            int end = kept + n;
            int checked = validUtf8 ? Utf8Bytes.check(buffer, 0, end) : end;
            validUtf8 = validUtf8 && checked != Utf8Bytes.INVALID;
            kept = validUtf8 ? end - checked : 0;
            System.arraycopy(buffer, end - kept, buffer, 0, kept);
        }
        if (total == 0) {
            throw new UnusableInputException(file.getFileName() + ": the file is empty");
        }
        // a sequence still open at the end is cut off, so not UTF-8
        return new FileFingerprint(HexFormat.of().formatHex(sha.digest()), total,
                validUtf8 && kept == 0 ? StandardCharsets.UTF_8.name() : StandardCharsets.ISO_8859_1.name());
    }

    private static void rejectBinary(Path file, byte[] data, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (data[i] == 0) {
                throw new UnusableInputException(file.getFileName() + ": binary content (NUL bytes), not a text file");
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
