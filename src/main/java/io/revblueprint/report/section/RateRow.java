package io.revblueprint.report.section;

/** A rate in a breakdown table; {@code group} is printed on the first row of each group only. */
public record RateRow(String group, String label, String rate, String interval, String cases) {
}
