package dev.clvops.platform.registry;

import java.util.Arrays;

/**
 * One file logged with a training run: the model file, the feature schema or an evaluation table.
 *
 * @param fileName a plain file name (no directories), unique within the run
 * @param bytes the file's content
 * @param contentType the MIME type, e.g. {@code application/json} or {@code text/csv}
 */
public record ModelArtifact(String fileName, byte[] bytes, String contentType) {

    public ModelArtifact {
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("artifact file name must be a plain file name: " + fileName);
        }
        bytes = bytes.clone();
    }

    /** A copy of the content, so the record stays immutable. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelArtifact that && fileName.equals(that.fileName)
                && Arrays.equals(bytes, that.bytes) && contentType.equals(that.contentType);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + Arrays.hashCode(bytes)) + contentType.hashCode();
    }

    @Override
    public String toString() {
        return "ModelArtifact[" + fileName + ", " + bytes.length + " bytes, " + contentType + "]";
    }
}
