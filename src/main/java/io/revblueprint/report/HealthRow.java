package io.revblueprint.report;

/** A data-health figure with what it counts. */
record HealthRow(String metric, String value, String interval, String n, String meaning) {
}
