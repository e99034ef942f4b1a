package io.revblueprint.snapshot;

import java.util.List;
import java.util.Map;

/**
 * What one source file gave one canonical file: records read, canonical rows mapped from them, records skipped by
 * reason (out of scope, not quarantined), columns nothing read, and notes on how values were derived, with counts.
 */
public record SourceTally(String sourceFile, long read, long mapped, Map<String, Long> skipped,
                          List<String> ignoredColumns, Map<String, Long> notes) {

    public SourceTally {
        skipped = Map.copyOf(skipped);
        ignoredColumns = List.copyOf(ignoredColumns);
        notes = Map.copyOf(notes);
    }

    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
