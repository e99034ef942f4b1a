package io.revblueprint.report.section;

/** One of the top leaks on page 1: its rank, short title, owner, due date and revenue a year at stake. */
public record LeakRow(String rank, String title, String owner, String due, String amount) {
}
