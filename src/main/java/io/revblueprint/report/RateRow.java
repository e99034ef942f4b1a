package io.revblueprint.report;

/** A rate in a breakdown table; {@code group} is printed on the first row of each group only. */
record RateRow(String group, String label, String rate, String interval, String cases) {
}
