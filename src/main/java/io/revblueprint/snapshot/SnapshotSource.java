package io.revblueprint.snapshot;

/**
 * What the import reads a snapshot through: the canonical rows of each canonical file, each with the source file
 * and line it came from. A canonical snapshot folder is one source; a CRM export or replica read through a mapping
 * is another. Every row goes through the same {@link SnapshotFormat} rules and the same writer either way.
 */
public interface SnapshotSource {

    /** The cutoff, source system, company and zone of the snapshot. */
    SnapshotManifest manifest();

    /** Fails before anything is imported when a required file or column is missing, naming the file and the column. */
    void check();

    /** The canonical rows of one canonical file, always in the same order, so a restart can skip those imported. */
    SourceRows rows(SnapshotFormat<?> format, RowContext context);

    String ISO_EXPECTED = "ISO-8601 expected";

    /** The timestamps the source reads, as a quarantined row's reason says them: "ISO-8601 expected". */
    default String timestampsExpected() {
        return ISO_EXPECTED;
    }
}
