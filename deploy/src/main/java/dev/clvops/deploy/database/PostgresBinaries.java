package dev.clvops.deploy.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries bundled by zonky, unpacked once per bundle into a directory named by the bundle's checksum;
 * a file lock keeps two processes from unpacking at the same time.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String DONE_MARKER = ".unpacked";
    /** Unpacked directories by root, so a JVM checksums the bundle once. */
    private static final Map<Path, Path> UNPACKED = new ConcurrentHashMap<>();

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres}. */
    static Path unpacked(Path root) {
        return UNPACKED.computeIfAbsent(root.toAbsolutePath().normalize(), PostgresBinaries::unpackOnce);
    }

    private static Path unpackOnce(Path root) {
        try {
            String key = bundleKey();
            Files.createDirectories(root);
            try (FileChannel channel = FileChannel.open(root.resolve(key + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                return unpack(root.resolve(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PostgreSQL binaries to " + root, e);
        }
    }

    private static Path unpack(Path target) throws IOException {
        if (Files.exists(target.resolve(DONE_MARKER))) {
            return target;
        }
        deleteRecursively(target);
        Files.createDirectories(target);
        log.info("Unpacking PostgreSQL binaries to {}", target);
        try (InputStream archive = openArchive()) {
            extract(archive, target);
        }
        Files.createFile(target.resolve(DONE_MARKER));
        return target;
    }

    private static void extract(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    path.toFile().setExecutable((entry.getMode() & 0100) != 0, false);
                }
            }
        }
    }

    /** A checksum of the bundled archive, so a new bundle (PostgreSQL upgrade) unpacks into a new directory. */
    private static String bundleKey() throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream archive = openArchive()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = archive.read(buffer); n >= 0; n = archive.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return "pg-" + Long.toHexString(crc.getValue());
    }

    private static InputStream openArchive() throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os(), architecture());
        if (archive == null) {
            throw new IllegalStateException("no bundled PostgreSQL binaries for " + os() + "/" + architecture());
        }
        return archive;
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("mac")) {
            return "Darwin";
        }
        if (name.contains("linux")) {
            return "Linux";
        }
        throw new IllegalStateException("embedded PostgreSQL supports Linux and macOS, not " + name
                + "; set CLVOPS_DB_URL to use an external PostgreSQL");
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
