package io.revblueprint.snapshot;

import java.util.Map;

/**
 * One CSV record of a snapshot file: the physical line it starts on, its cells by lower-case header name, its text
 * as read (re-serialized as one CSV record, which is what the quarantine keeps), and where it came from: the same
 * file and line for a canonical snapshot, the export's file and line for a row a source mapped.
 */
public record CsvRow(String file, long line, Map<String, String> cells, String raw, String shapeProblem,
                     String sourceFile, long sourceLine) {

    /** A row read from the file itself. */
    public CsvRow(String file, long line, Map<String, String> cells, String raw, String shapeProblem) {
        this(file, line, cells, raw, shapeProblem, file, line);
    }

    /** The trimmed cell, or null when the cell is empty or the column is absent. */
    public String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
