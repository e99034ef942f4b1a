package io.revblueprint.report.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot's input rows (stored plus quarantined), the quarantined rows per file, most first, and what the
 * source says of its rows: records skipped as out of scope and values derived rather than read, with counts.
 */
public record DataHealth(long inputRows, Map<String, Long> quarantinedByFile, List<SourceNote> sourceNotes) {

    /** What the presets' note on deals without a currency says (presets/salesforce.yaml, hubspot.yaml). */
    public static final String CURRENCY_ASSUMED = "amounts taken to be in the run's currency";

    /**
     * One thing a source file's rows went through, e.g. "closed deals … a sales cycle of 0 days" for 4,414 of them;
     * {@code skipped} when the mapping left those records out of the snapshot.
     */
    public record SourceNote(String sourceFile, String note, long rows, boolean skipped) {

        /** Values derived rather than read; the records stay in the snapshot. */
        public SourceNote(String sourceFile, String note, long rows) {
            this(sourceFile, note, rows, false);
        }

        public static SourceNote skipped(String sourceFile, String reason, long rows) {
            return new SourceNote(sourceFile, "skipped: " + reason, rows, true);
        }
    }

    public DataHealth {
        quarantinedByFile = Collections.unmodifiableMap(new LinkedHashMap<>(quarantinedByFile));
        sourceNotes = List.copyOf(sourceNotes);
    }

    /** A canonical snapshot's health: it says nothing beyond its quarantine. */
    public DataHealth(long inputRows, Map<String, Long> quarantinedByFile) {
        this(inputRows, quarantinedByFile, List.of());
    }

    /** Source records the mapping left out as out of scope (deleted, prospecting, …), not rejected. */
    public long skippedRows() {
        return sourceNotes.stream().filter(SourceNote::skipped).mapToLong(SourceNote::rows).sum();
    }

    /** Whether some deal named no currency and was counted in the run's (a single-currency CRM exports none). */
    public boolean currencyAssumed() {
        return sourceNotes.stream().anyMatch(note -> note.note().contains(CURRENCY_ASSUMED));
    }

    public long quarantinedRows() {
        return quarantinedByFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
