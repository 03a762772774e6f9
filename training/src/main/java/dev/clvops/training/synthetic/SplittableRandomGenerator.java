package dev.clvops.training.synthetic;

import java.util.SplittableRandom;
import org.hipparchus.random.RandomGenerator;

/** Hipparchus view of a {@link SplittableRandom}: cheap to reseed once per customer, so customers are independent. */
final class SplittableRandomGenerator implements RandomGenerator {

    private SplittableRandom random = new SplittableRandom(0);

    @Override
    public void setSeed(int seed) {
        setSeed((long) seed);
    }

    @Override
    public void setSeed(int[] seed) {
        long combined = 0;
        for (int value : seed) {
            combined = combined * 31 + value;
        }
        setSeed(combined);
    }

    @Override
    public void setSeed(long seed) {
        random = new SplittableRandom(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public void nextBytes(byte[] bytes, int offset, int length) {
        byte[] chunk = new byte[length];
        random.nextBytes(chunk);
        System.arraycopy(chunk, 0, bytes, offset, length);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public long nextLong(long bound) {
        return random.nextLong(bound);
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }

    /** Deterministic, well-mixed seed of one stream (SplitMix64 finaliser, Steele, Lea and Flood 2014). */
    static long streamSeed(long seed, long stream, long salt) {
        return mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + salt));
    }

    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
