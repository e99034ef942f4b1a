package io.revblueprint.snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.stream.Collectors;

/** Decides whether a finished import is published: only if its share of bad rows is within the threshold. */
public class SnapshotImport {

    private static final Logger log = LoggerFactory.getLogger(SnapshotImport.class);

    private final SnapshotRepository snapshots;
    private final double maxBadRowRatio;

    /** {@code maxBadRowRatio}: above this share of bad rows the import fails ({@code blueprint.import.max-bad-row-ratio}). */
    public SnapshotImport(SnapshotRepository snapshots, double maxBadRowRatio) {
        this.snapshots = snapshots;
        this.maxBadRowRatio = maxBadRowRatio;
    }

    /** Publishes the snapshot, or fails naming the files with the most bad rows and leaves it unpublished. */
    public void publish(long snapshotId) {
        long stored = snapshots.storedRows(snapshotId);
        Map<String, Long> badByFile = snapshots.badRowsByFile(snapshotId);
        long bad = badByFile.values().stream().mapToLong(Long::longValue).sum();
        long total = stored + bad;
        if (total > 0 && (double) bad / total > maxBadRowRatio) {
            snapshots.reject(snapshotId);
            throw new SnapshotFileException(String.format(
                    "import rejected: %d of %d rows (%.2f%%) are bad, more than blueprint.import.max-bad-row-ratio=%s;"
                            + " most in %s. Fix those files (or raise the ratio) and run again",
                    bad, total, 100.0 * bad / total, maxBadRowRatio, describe(badByFile)));
        }
        snapshots.countRecordedInputs(snapshotId);
        snapshots.publish(snapshotId, total, bad);
        log.info("Snapshot {} published: {} rows, {} quarantined", snapshotId, total, bad);
    }

    private static String describe(Map<String, Long> badByFile) {
        return badByFile.entrySet().stream().limit(3)
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
