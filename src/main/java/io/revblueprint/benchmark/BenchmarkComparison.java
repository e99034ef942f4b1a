package io.revblueprint.benchmark;

/** Where a team's figure sits against its segment's benchmark band. */
public record BenchmarkComparison(String scope, String metric, double actual, Benchmark benchmark, Position position) {

    /** Below p25, between p25 and the median, between the median and p75, above p75; or against a single value. */
    public enum Position { BELOW_P25, P25_TO_MEDIAN, MEDIAN_TO_P75, ABOVE_P75, BELOW_MEDIAN, AT_OR_ABOVE_MEDIAN }
}
