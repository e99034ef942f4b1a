package io.revblueprint.snapshot;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One CSV record of a snapshot file: the physical line it starts on, its cells by lower-case header name, its text
 * as read (re-serialized as one CSV record, which is what the quarantine keeps), and where it came from: the same
 * file and line for a canonical snapshot, the export's file and line for a row a source mapped.
 */
public record CsvRow(String file, long line, Map<String, String> cells, Supplier<String> rawText,
                     String shapeProblem, String sourceFile, long sourceLine) {

    /** A row read from the file itself, its text made only if asked for (most rows are stored, never quarantined). */
    public CsvRow(String file, long line, Map<String, String> cells, Supplier<String> rawText, String shapeProblem) {
        this(file, line, cells, rawText, shapeProblem, file, line);
    }

    /** The record's text as read: what the quarantine keeps. */
    public String raw() {
        return rawText.get();
    }

    /** Rows are equal by what they hold, their text included, however it is made. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CsvRow row && line == row.line && sourceLine == row.sourceLine
                && file.equals(row.file) && cells.equals(row.cells) && raw().equals(row.raw())
                && Objects.equals(shapeProblem, row.shapeProblem) && Objects.equals(sourceFile, row.sourceFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, cells, raw(), shapeProblem, sourceFile, sourceLine);
    }

    @Override
    public String toString() {
        return "CsvRow[file=" + file + ", line=" + line + ", cells=" + cells + ", raw=" + raw() + ", shapeProblem="
                + shapeProblem + ", sourceFile=" + sourceFile + ", sourceLine=" + sourceLine + "]";
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
