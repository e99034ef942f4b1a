package io.revblueprint.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** The maps keep the order the reasons and notes were first met in (Map.copyOf's order changes with each JVM). */
    public SourceTally {
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        ignoredColumns = List.copyOf(ignoredColumns);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
