package io.revblueprint.metrics;

import java.util.Arrays;
import java.util.Optional;

/** The values of one measure (response hours, cycle days) in a growing primitive array, for percentiles. */
final class Samples {

    private double[] values = new double[64];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** The nearest-rank percentile with its interval; empty when there are no values. */
    Optional<PercentileEstimate> percentile(double p) {
        return Percentiles.estimate(Arrays.copyOf(values, size), p);
    }
}
