package dev.clvops.platform.health;

/**
 * One file store, in bytes.
 *
 * @param path the path whose store this is (e.g. the clvops home)
 * @param totalBytes the store's size
 * @param usableBytes bytes this process can still write
 */
public record DiskStats(String path, long totalBytes, long usableBytes) {
}
