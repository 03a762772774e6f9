package dev.clvops.training.registry.jdbc;

import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.RunId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Artifact files under {@code <base>/<run id>/<file name>}, written via a temp file so readers never see half a file. */
final class ArtifactFiles {

    private final Path base;

    ArtifactFiles(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** Writes the artifact and returns its SHA-256 in hex. */
    String write(RunId run, ModelArtifact artifact) {
        Path target = path(run, artifact.fileName());
        byte[] bytes = artifact.bytes();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write artifact " + target, e);
        }
        return sha256(bytes);
    }

    byte[] read(RunId run, String fileName) {
        Path source = path(run, fileName);
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read artifact " + source, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private Path path(RunId run, String fileName) {
        Path path = base.resolve(run.value()).resolve(fileName).normalize();
        if (!path.startsWith(base)) {
            throw new IllegalArgumentException("artifact path escapes the artifact directory: " + fileName);
        }
        return path;
    }
}
