package dev.clvops.training.ingest;

/**
 * Whole records of a source file: {@code bytes[offset, offset + length)}, starting on physical line
 * {@code firstLine}.
 */
record SourceBlock(byte[] bytes, int offset, int length, long firstLine) {
}
