package io.revblueprint.report.section;

/** An earlier fix followed up: its metric then and now, the change, and the verdict with its tone. */
public record ProgressRow(String fix, String period, String then, String now, String change, String status, String tone) {
}
