package io.revblueprint.snapshot;

import java.util.List;
import java.util.Map;

/**
 * What one source file gave one canonical file: records read, canonical rows mapped from them, records skipped by
 * reason (out of scope, not quarantined), columns nothing read, and notes on how values were derived, with counts.
 */
public record SourceTally(String sourceFile, long read, long mapped, Map<String, Long> skipped,
                          List<String> ignoredColumns, Map<String, Long> notes) {

    private static final String LOOKED_UP = " (looked up)";

    /** A file read only to look values up in: how many records. */
    public static SourceTally lookup(String file, long read) {
        return new SourceTally(file + LOOKED_UP, read, 0, Map.of(), List.of(), Map.of());
    }

    public boolean isLookup() {
        return sourceFile.endsWith(LOOKED_UP);
    }

    public SourceTally {
        skipped = Map.copyOf(skipped);
        ignoredColumns = List.copyOf(ignoredColumns);
        notes = Map.copyOf(notes);
    }

    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
