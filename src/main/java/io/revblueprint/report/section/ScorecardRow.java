package io.revblueprint.report.section;

/**
 * One line of a scorecard, formatted for display; {@code detail} lines break the line above down (e.g. by tier),
 * {@code tone} colors the status, {@code comparison} is the company's figure where the table shows one.
 */
public record ScorecardRow(
        String metric,
        boolean detail,
        String target,
        String actual,
        String interval,
        String n,
        String status,
        String tone,
        String change,
        String comparison) {
}
