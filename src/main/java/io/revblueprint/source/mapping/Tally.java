package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.SourceTally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts, while one source is read for one canonical file, what it read, mapped and skipped. */
final class Tally {

    private final List<String> ignoredColumns;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, Long> notes = new LinkedHashMap<>();
    private long read;
    private long mapped;

    Tally(List<String> ignoredColumns) {
        this.ignoredColumns = List.copyOf(ignoredColumns);
    }

    void read() {
        read++;
    }

    boolean nothingRead() {
        return read == 0;
    }

    void skipped(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void mapped(Map<String, Long> rowNotes) {
        mapped++;
        noted(rowNotes);
    }

    /** Notes on many rows at once, said after the whole source was read. */
    void noted(Map<String, Long> sourceNotes) {
        sourceNotes.forEach((note, count) -> notes.merge(note, count, Long::sum));
    }

    /** What was counted, said of the source it was read from. */
    SourceTally toSourceTally(String sourceFile) {
        return new SourceTally(sourceFile, read, mapped, skipped, ignoredColumns, notes);
    }
}
