package io.revblueprint.metrics;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Percentiles by the nearest-rank method. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * Returns the value at rank ⌈p·n⌉ (at least 1) of the n values sorted ascending, e.g. the lower middle for
     * p = 0.5 and even n; empty when there are no values. Sorts a copy: {@code values} is left as it is.
     */
    public static OptionalDouble nearestRank(double[] values, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("percentile p must be in [0, 1], got " + p);
        }
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // Literal double arithmetic, as the reference does: 0.07 * 100 = 7.000000000000001 gives rank 8.
        int rank = Math.max(1, (int) Math.ceil(p * sorted.length));
        return OptionalDouble.of(sorted[rank - 1]);
    }
}
