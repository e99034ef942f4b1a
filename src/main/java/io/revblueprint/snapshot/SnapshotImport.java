package io.revblueprint.snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Decides whether a finished import is published: only if its share of bad rows is within the threshold. */
public class SnapshotImport {

    private static final Logger log = LoggerFactory.getLogger(SnapshotImport.class);
    /** Files this small are not compared: a handful of rows may come and go. */
    private static final long MIN_ROWS_COMPARED = 10;

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
        Verdict verdict = judge(snapshotId);
        if (!verdict.accepted()) {
            snapshots.reject(snapshotId);
            quarantine.write(snapshotId, rejectedQuarantine);
            throw new SnapshotFileException(verdict.describe() + ". Every bad row, with the file and line it came from,"
                    + " is in " + rejectedQuarantine + ". Fix those files or their mapping (or raise the ratio) and run again");
        }
        snapshots.countRecordedInputs(snapshotId);
        warnOfMissingHolidays(snapshotId);
        warnOfShrunkenFiles(snapshotId);
        snapshots.publish(snapshotId, verdict.total(), verdict.bad());
        // "33274 rows, 26 quarantined" read as if the 26 were beside the 33,274, not among them.
        log.info("Snapshot {} published: {} rows read, {} of them quarantined", snapshotId,
                ImportSummary.count(verdict.total()), ImportSummary.count(verdict.bad()));
    }

    /** A misnamed holidays.csv or calendar id changed SLA figures without a word: holidays silently counted as work. */
    private void warnOfMissingHolidays(long snapshotId) {
        Map<String, List<String>> teamsByCalendar = snapshots.teamsWithoutTheirHolidays(snapshotId).entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        if (!teamsByCalendar.isEmpty()) {
            log.warn("holidays.csv holds no date of the holiday calendar{} {}: those teams' business hours count no"
                    + " public holiday; add the dates to holidays.csv, or leave the teams' holiday_calendar empty",
                    teamsByCalendar.size() == 1 ? "" : "s", teamsByCalendar.entrySet().stream()
                            .map(calendar -> calendar.getKey() + " (" + String.join(", ", calendar.getValue()) + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    /**
     * A file with under half the rows of the previous snapshot's: an activities.csv cut to its header replaced the
     * night before's figures without a word (a CRM's snapshot holds its whole history, so it rarely shrinks).
     */
    private void warnOfShrunkenFiles(long snapshotId) {
        snapshots.previousPublished(snapshotId).ifPresent(previous -> {
            Map<String, Long> now = snapshots.rowsByFile(snapshotId);
            snapshots.rowsByFile(previous.getKey()).forEach((file, before) -> {
                long rows = now.getOrDefault(file, 0L);
                if (before >= MIN_ROWS_COMPARED && rows * 2 < before) {
                    log.warn("{} holds {} rows, the previous snapshot's {} (as of {}): was the export cut short?"
                                    + " What needs its rows reads as not recorded in this run; check the export and run"
                                    + " again", file, ImportSummary.count(rows), ImportSummary.count(before),
                            previous.getValue());
                }
            });
        });
    }

    /** Whether the import's bad rows are within the threshold, in numbers and words. */
    public Verdict judge(long snapshotId) {
        long stored = snapshots.storedRows(snapshotId);
        Map<String, Long> badByFile = snapshots.badRowsByFile(snapshotId);
        long bad = badByFile.values().stream().mapToLong(Long::longValue).sum();
        long total = stored + bad;
        boolean accepted = total == 0 || (double) bad / total <= maxBadRowRatio;
        String words = accepted
                ? String.format("import accepted: %d of %d rows are bad, within blueprint.import.max-bad-row-ratio=%s",
                        bad, total, maxBadRowRatio)
                : String.format("import rejected: %d of %d rows (%.2f%%) are bad, more than"
                                + " blueprint.import.max-bad-row-ratio=%s; most in %s; most often %s",
                        bad, total, 100.0 * bad / total, maxBadRowRatio, describe(badByFile),
                        reasons.top(snapshotId, ImportSummary.TOP_REASONS).stream().map(Object::toString)
                                .collect(Collectors.joining("; ")));
        return new Verdict(accepted, bad, total, words);
    }

    /** An import judged: accepted or not, its bad and total rows, and that said in words. */
    public record Verdict(boolean accepted, long bad, long total, String describe) {
    }

    private static String describe(Map<String, Long> badByFile) {
        return badByFile.entrySet().stream().limit(3)
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
