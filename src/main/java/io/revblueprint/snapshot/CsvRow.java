package io.revblueprint.snapshot;

import java.util.Map;

/**
 * One CSV record of a snapshot file: the physical line it starts on, its cells by lower-case header name,
 * and its text as read (re-serialized as one CSV record, which is what the quarantine keeps).
 */
public record CsvRow(String file, long line, Map<String, String> cells, String raw, String shapeProblem) {

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
