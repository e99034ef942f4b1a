package io.revblueprint.report;

/** An earlier fix followed up: its metric then and now, the change, and the verdict with its tone. */
record ProgressRow(String fix, String period, String then, String now, String change, String status, String tone) {
}
