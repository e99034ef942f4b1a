package io.revblueprint.report;

/** One headline figure: a label, the figure, and a line on how sure or how big it is. */
record Tile(String label, String value, String note) {
}
