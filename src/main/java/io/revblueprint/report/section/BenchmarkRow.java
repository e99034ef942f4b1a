package io.revblueprint.report.section;

/** A team figure against its segment's published band, with where it sits and the source it comes from. */
public record BenchmarkRow(String metric, String team, String band, String median, String position, String source) {
}
