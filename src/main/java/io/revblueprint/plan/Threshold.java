package io.revblueprint.plan;

/**
 * The line a metric is judged against: a configured target, or the median of a published benchmark when the
 * metric has no target. {@code source} names it for the reader ("target", or "OpenView SaaS Benchmarks 2023").
 */
public record Threshold(double level, boolean higherIsBetter, Kind kind, String source) {

    public enum Kind { TARGET, BENCHMARK_MEDIAN }

    public boolean isMissedBy(double actual) {
        return higherIsBetter ? actual < level : actual > level;
    }
}
