package io.revblueprint.snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Decides whether a finished import is published: only if its share of bad rows is within the threshold. */
public class SnapshotImport {

    private static final Logger log = LoggerFactory.getLogger(SnapshotImport.class);

    private final SnapshotRepository snapshots;
    private final QuarantineExport quarantine;
    private final QuarantineReasons reasons;
    private final double maxBadRowRatio;

    /** {@code maxBadRowRatio}: above this share of bad rows the import fails ({@code blueprint.import.max-bad-row-ratio}). */
    public SnapshotImport(SnapshotRepository snapshots, QuarantineExport quarantine, QuarantineReasons reasons,
                          double maxBadRowRatio) {
        this.snapshots = snapshots;
        this.quarantine = quarantine;
        this.reasons = reasons;
        this.maxBadRowRatio = maxBadRowRatio;
    }

    /**
     * Publishes the snapshot, or leaves it unpublished, writes every bad row to {@code rejectedQuarantine} and fails
     * naming the files with the most bad rows and the most frequent reasons.
     */
    public void publish(long snapshotId, Path rejectedQuarantine) {
        long stored = snapshots.storedRows(snapshotId);
        Map<String, Long> badByFile = snapshots.badRowsByFile(snapshotId);
        long bad = badByFile.values().stream().mapToLong(Long::longValue).sum();
        long total = stored + bad;
        if (total > 0 && (double) bad / total > maxBadRowRatio) {
            snapshots.reject(snapshotId);
            quarantine.write(snapshotId, rejectedQuarantine);
            throw new SnapshotFileException(String.format(
                    "import rejected: %d of %d rows (%.2f%%) are bad, more than blueprint.import.max-bad-row-ratio=%s;"
                            + " most in %s; most often %s. Every bad row, with the file and line it came from, is in %s."
                            + " Fix those files or their mapping (or raise the ratio) and run again",
                    bad, total, 100.0 * bad / total, maxBadRowRatio, describe(badByFile),
                    reasons.top(snapshotId, ImportSummary.TOP_REASONS).stream().map(Object::toString)
                            .collect(Collectors.joining("; ")), rejectedQuarantine));
        }
        snapshots.publish(snapshotId, total, bad);
        log.info("Snapshot {} published: {} rows, {} quarantined", snapshotId, total, bad);
    }

    private static String describe(Map<String, Long> badByFile) {
        return badByFile.entrySet().stream().limit(3)
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
