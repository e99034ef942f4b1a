package io.revblueprint.demo;

/**
 * A row the demo snapshot holds on purpose that the importer must quarantine.
 *
 * @param file   the snapshot file, e.g. {@code leads.csv}
 * @param line   1-based physical line where the CSV record starts (the header is line 1)
 * @param column the column that breaks the contract
 * @param reason what is wrong, in the quarantine's words
 */
public record PlantedBadRow(String file, long line, String column, String reason) {
}
