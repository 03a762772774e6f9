package dev.clvops.training.features;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A batch of feature rows encoded as COPY text lines, each behind the snapshot id column ({@code prefix}), ready to
 * send as it is. {@code lineStarts[i]} is where row i's line (without the prefix) starts; the checksum covers
 * the lines only.
 *
 * @param bytes the COPY payload, prefix and line per row
 * @param length how many bytes of {@code bytes} are used
 * @param prefixLength bytes of the snapshot id prefix before every line
 * @param lineStarts start of each row's line, followed by {@code length}
 */
record EncodedRows(byte[] bytes, int length, int prefixLength, int[] lineStarts) {

    /** Encodes {@code rows} in order, each line behind {@code prefix}. */
    static EncodedRows of(List<FeatureRow> rows, byte[] prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 320);
        StringBuilder line = new StringBuilder(512);
        int[] starts = new int[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            line.setLength(0);
            FeatureRowWriter.format(rows.get(i), line);
            out.writeBytes(prefix);
            starts[i] = out.size();
            out.writeBytes(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        starts[rows.size()] = out.size() + prefix.length;
        byte[] bytes = out.toByteArray();
        return new EncodedRows(bytes, bytes.length, prefix.length, starts);
    }

    int rows() {
        return lineStarts.length - 1;
    }

    /** Start of row {@code i}'s line; with {@link #lineEnd(int)} the bytes the checksum covers. */
    int lineStart(int i) {
        return lineStarts[i];
    }

    int lineEnd(int i) {
        return lineStarts[i + 1] - prefixLength;
    }
}
