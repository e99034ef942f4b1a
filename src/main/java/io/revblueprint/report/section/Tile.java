package io.revblueprint.report.section;

/** One headline figure: a label, the figure, and a line on how sure or how big it is. */
public record Tile(String label, String value, String note) {
}
