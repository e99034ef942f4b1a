package io.revblueprint.report.section;

/**
 * One headline figure: a label, the figure, a line on how sure or how big it is, and the tone of its status
 * ("good", "warn", "bad", "neutral"; empty when it has none), which colors the tile's top bar.
 */
public record Tile(String label, String value, String note, String tone) {

    Tile(String label, String value, String note) {
        this(label, value, note, "");
    }
}
