package dev.clvops.platform.health;

/**
 * Physical memory of the host, in bytes.
 *
 * @param totalBytes installed memory
 * @param freeBytes memory not in use
 */
public record MemoryStats(long totalBytes, long freeBytes) {

    public long usedBytes() {
        return totalBytes - freeBytes;
    }
}
