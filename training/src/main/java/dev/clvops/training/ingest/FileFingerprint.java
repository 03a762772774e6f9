package dev.clvops.training.ingest;

import dev.clvops.platform.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean validUtf8 = true;
        long total = 0;
        for (int n = in.read(bytes.array(), bytes.position(), bytes.remaining()); n >= 0;
             n = in.read(bytes.array(), bytes.position(), bytes.remaining())) {
            sha.update(bytes.array(), bytes.position(), n);
            if (total < SNIFF_BYTES) {
                rejectBinary(file, bytes.array(), bytes.position(), n);
            }
            total += n;
            boolean asciiOnly = bytes.position() == 0 && ascii(bytes.array(), n);
            bytes.position(bytes.position() + n).flip();
            // ASCII is valid UTF-8: only chunks with other bytes (or a sequence left from the last) are decoded
            validUtf8 = validUtf8 && (asciiOnly || decode(utf8, bytes, chars, false));
            if (validUtf8 && !asciiOnly) {
                bytes.compact(); // keeps a sequence split at the chunk's end
            } else {
                bytes.clear();
            }
        }
        bytes.flip();
        validUtf8 = validUtf8 && decode(utf8, bytes, chars, true);
        if (total == 0) {
            throw new UnusableInputException(file.getFileName() + ": the file is empty");
        }
        return new FileFingerprint(HexFormat.of().formatHex(sha.digest()), total,
                validUtf8 ? StandardCharsets.UTF_8.name() : StandardCharsets.ISO_8859_1.name());
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(bytes, chars, end);
        } while (result.isOverflow());
        return !result.isError();
    }

    /** Whether {@code data[0, count)} is all ASCII: one OR over the bytes, which the JIT vectorises. */
    private static boolean ascii(byte[] data, int count) {
        int any = 0;
        for (int i = 0; i < count; i++) {
            any |= data[i];
        }
        return any >= 0;
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
