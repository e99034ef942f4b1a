package io.revblueprint.report.section;

/** A data-health figure with what it counts. */
public record HealthRow(String metric, String value, String interval, String n, String meaning) {
}
