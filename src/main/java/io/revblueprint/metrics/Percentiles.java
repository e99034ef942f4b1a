package io.revblueprint.metrics;

import org.apache.commons.math3.distribution.BinomialDistribution;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/** Percentiles by the nearest-rank method, with their order-statistic intervals. */
public final class Percentiles {

    private static final double TAIL = (1 - RateEstimate.CONFIDENCE) / 2;

    private Percentiles() {
    }

    /**
     * Returns the value at rank ⌈p·n⌉ (at least 1) of the n values sorted ascending, e.g. the lower middle for
     * p = 0.5 and even n; empty when there are no values. Sorts a copy: {@code values} is left as it is.
     */
    public static OptionalDouble nearestRank(double[] values, double p) {
        return estimate(values, p).map(estimate -> OptionalDouble.of(estimate.value())).orElse(OptionalDouble.empty());
    }

    /**
     * The nearest-rank percentile and its 95 % interval [x(l), x(u)]: the count of values below the true percentile
     * is binomial (n, p), so with l its 2.5 % quantile and u − 1 its 97.5 % quantile the ranks l and u cover it with
     * at least 95 % probability, whatever the values' distribution.
     */
    public static Optional<PercentileEstimate> estimate(double[] values, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("percentile p must be in [0, 1], got " + p);
        }
        int n = values.length;
        if (n == 0) {
            return Optional.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // Literal double arithmetic, as the reference does: 0.07 * 100 = 7.000000000000001 gives rank 8.
        double value = sorted[Math.max(1, (int) Math.ceil(p * n)) - 1];
        // No random generator: only the distribution's quantiles are needed, and seeding one is costly.
        BinomialDistribution below = new BinomialDistribution(null, n, p);
        int lower = below.inverseCumulativeProbability(TAIL);
        int upper = below.inverseCumulativeProbability(1 - TAIL) + 1;
        boolean bounded = lower >= 1 && upper <= n;
        return Optional.of(new PercentileEstimate(value, bounded ? sorted[lower - 1] : null,
                bounded ? sorted[upper - 1] : null, n));
    }
}
