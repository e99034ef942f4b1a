package io.revblueprint.plan;

/**
 * The line a metric is judged against, its yardstick: a configured target; else the best quartile of the team's
 * peers in the same run, or their median for a figure at or better than it; else the median of a published
 * benchmark that is not dated. {@code source} names it for the reader ("target", "best quartile of 4 mid-market
 * teams", "Winning by Design, Newsletter (2023)").
 */
public record Threshold(double level, boolean higherIsBetter, Kind kind, String source) {

    public enum Kind { TARGET, PEER_BEST_QUARTILE, PEER_MEDIAN, BENCHMARK_MEDIAN }

    public boolean isMissedBy(double actual) {
        return higherIsBetter ? actual < level : actual > level;
    }

    /** How far a figure lies from the line, as a share of the line: 47.7 % against 100 % is 0.523. */
    public double relativeGap(double actual) {
        return Math.abs(actual - level) / Math.max(Math.abs(level), 1e-9);
    }
}
