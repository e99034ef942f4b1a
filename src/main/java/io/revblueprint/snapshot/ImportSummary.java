package io.revblueprint.snapshot;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did, in words, per canonical file and the source files it came from: rows read, mapped, skipped
 * (why), quarantined, the columns nothing read, and how derived values were made; then the most frequent reasons
 * rows were quarantined. What a person reads first on a new export.
 */
@Component
public class ImportSummary {

    static final int TOP_REASONS = 3;
    private static final int COLUMNS_SHOWN = 10;

    private final SnapshotRepository snapshots;
    private final QuarantineReasons reasons;

    public ImportSummary(SnapshotRepository snapshots, QuarantineReasons reasons) {
        this.snapshots = snapshots;
        this.reasons = reasons;
    }

    /** The run's summary: a file's ignored columns cut after ten, as a nightly log reads it, saying where the rest are. */
    public String describe(long snapshotId) {
        return describe(snapshotId, COLUMNS_SHOWN);
    }

    /** A check's summary: every ignored column, for whoever maps a new export and looks for the one it lacks. */
    public String describeEveryColumn(long snapshotId) {
        return describe(snapshotId, Integer.MAX_VALUE);
    }

    private String describe(long snapshotId, int columnsShown) {
        StringBuilder text = new StringBuilder("Import, per file (canonical file ← the source file it was read from):");
        Map<String, Map<String, Long>> quarantined = snapshots.quarantinedBySource(snapshotId);
        Map<String, List<SourceTally>> tallies = snapshots.tallies(snapshotId);
        long mapped = 0;
        long bad = 0;
        for (SnapshotFormat<?> format : SnapshotFormats.IN_IMPORT_ORDER) {
            Map<String, Long> badBySource = quarantined.getOrDefault(format.fileName(), Map.of());
            for (SourceTally tally : tallies.getOrDefault(format.fileName(), List.of())) {
                long badRows = badBySource.getOrDefault(tally.sourceFile(), 0L);
                text.append("\n  ").append(format.fileName().equals(tally.sourceFile()) ? "" : format.fileName() + " ← ")
                        .append(line(tally, badRows, columnsShown));
                tally.notes().entrySet().stream().sorted(byCount()).forEach(note ->
                        text.append("\n      ").append(count(note.getValue())).append(' ').append(note.getKey()));
                mapped += tally.mapped();
                bad += badRows;
            }
        }
        text.append(String.format(Locale.ROOT, "%n  quarantined: %,d of %,d canonical rows", bad, mapped));
        List<QuarantineReasons.Reason> top = reasons.top(snapshotId, TOP_REASONS);
        if (!top.isEmpty()) {
            text.append("; most often ").append(top.stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        return text.toString();
    }

    private static String line(SourceTally tally, long quarantined, int columnsShown) {
        StringBuilder line = new StringBuilder(tally.sourceFile()).append(": ").append(count(tally.read())).append(" read");
        if (tally.isLookup()) {
            return line.toString();
        }
        line.append(", ").append(count(tally.mapped())).append(" mapped");
        if (tally.skippedRows() > 0) {
            line.append(", ").append(count(tally.skippedRows())).append(" skipped (")
                    .append(tally.skipped().entrySet().stream().sorted(byCount())
                            .map(reason -> count(reason.getValue()) + " " + reason.getKey())
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        line.append(", ").append(count(quarantined)).append(" quarantined");
        List<String> ignored = tally.ignoredColumns();
        if (!ignored.isEmpty()) {
            line.append("; ").append(ignored.size()).append(ignored.size() == 1 ? " column" : " columns")
                    .append(" ignored: ").append(firstOf(ignored, columnsShown))
                    .append(ignored.size() > columnsShown ? " (a --check names them all)" : "");
        }
        return line.toString();
    }

    private static Comparator<Map.Entry<String, Long>> byCount() {
        return Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }

    /** "Score1__c, Score2__c and 3 more": the first {@code shown} column names and how many more. */
    public static String firstOf(List<String> names, int shown) {
        return String.join(", ", names.subList(0, Math.min(shown, names.size())))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
