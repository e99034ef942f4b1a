package io.revblueprint.report.document;

/**
 * How the benchmark page was made, for its note: the fewest cases a team's figure needs to be ranked among its peers,
 * how many years old a published figure may be before it is dated, and whether the best peer team is named.
 */
public record BenchmarkRules(int minimumCases, int maxAgeYears, boolean namePeerTeams) {

    public static final BenchmarkRules DEFAULT = new BenchmarkRules(20, 5, true);
}
