package org.fanfold.generator;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A Zipf-like distribution over ranks {@code 0..n-1}: the weight of rank {@code r} (1-based) is {@code r^-head} up
 * to {@code knee}, then falls off more slowly as {@code r^-tail} (joined continuously), as tag popularity does on
 * AO3: steep among the famous tags, flatter in the long tail. Sampling is a binary search in the cumulative weights.
 * Immutable and thread-safe.
 */
final class Zipf {

    private final double[] cdf;

    Zipf(int n, double exponent) {
        this(n, exponent, exponent, n);
    }

    Zipf(int n, double head, double tail, int knee) {
        if (n < 1) throw new IllegalArgumentException("n must be at least 1, not " + n);
        cdf = new double[n];
        double sum = 0;
        double join = Math.pow(knee, tail - head);
        for (int i = 0; i < n; i++) {
            int r = i + 1;
            sum += r <= knee ? Math.pow(r, -head) : join * Math.pow(r, -tail);
            cdf[i] = sum;
        }
    }

    int size() {
        return cdf.length;
    }

    /** A rank, 0 for the most popular. */
    int sample(RandomGenerator random) {
        double u = random.nextDouble() * cdf[cdf.length - 1];
        int i = Arrays.binarySearch(cdf, u);
        return i >= 0 ? Math.min(i + 1, cdf.length - 1) : -i - 1;
    }
}
