package io.revblueprint.metrics;

import java.util.Arrays;
import java.util.OptionalDouble;

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

    /** The nearest-rank percentile; empty when there are no values. */
    OptionalDouble percentile(double p) {
        return Percentiles.nearestRank(Arrays.copyOf(values, size), p);
    }
}
