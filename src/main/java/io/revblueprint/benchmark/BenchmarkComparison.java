package io.revblueprint.benchmark;

import io.revblueprint.metrics.Metric;

/**
 * Where a team's figure sits against its segment's benchmark band. The position is numeric (below, above);
 * {@code higherIsBetter} tells the reader which side is the good one; {@code dated} that the figure is too old (or
 * undated) to judge a leak on its own.
 */
public record BenchmarkComparison(String scope, Metric metric, double actual, Benchmark benchmark, Position position,
                                  boolean higherIsBetter, boolean dated) {

    /** Below p25, between p25 and the median, between the median and p75, above p75; or against a single value. */
    public enum Position {
        BELOW_P25, P25_TO_MEDIAN, MEDIAN_TO_P75, ABOVE_P75, BELOW_MEDIAN, AT_OR_ABOVE_MEDIAN;

        /** Where {@code actual} falls in the benchmark's band, or against its single value. */
        public static Position of(double actual, Benchmark benchmark) {
            if (!benchmark.hasBand()) {
                return actual < benchmark.median() ? BELOW_MEDIAN : AT_OR_ABOVE_MEDIAN;
            }
            if (actual < benchmark.p25()) {
                return BELOW_P25;
            }
            if (actual < benchmark.median()) {
                return P25_TO_MEDIAN;
            }
            return actual <= benchmark.p75() ? MEDIAN_TO_P75 : ABOVE_P75;
        }
    }

    public static BenchmarkComparison of(String scope, double actual, Benchmark benchmark, BenchmarkAge age) {
        return new BenchmarkComparison(scope, benchmark.metric(), actual, benchmark, Position.of(actual, benchmark),
                benchmark.metric().higherIsBetter(), age.isDated(benchmark));
    }

    /** Whether the team is at least as good as the published median. */
    public boolean atOrBetterThanMedian() {
        return higherIsBetter ? actual >= benchmark.median() : actual <= benchmark.median();
    }
}
