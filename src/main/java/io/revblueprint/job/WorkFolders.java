package io.revblueprint.job;

import io.revblueprint.system.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The folders a run works in under {@code <out>/.staging}: its extracted snapshot beside the staged outputs.
 * A run removes its own when it completes; what abandoned runs left is removed once older than a set age.
 */
final class WorkFolders {

    private static final Logger log = LoggerFactory.getLogger(WorkFolders.class);

    private WorkFolders() {
    }

    static Path snapshotFolder(Path out, long jobInstanceId) {
        return staging(out).resolve("snapshot-run" + jobInstanceId);
    }

    /**
     * The run's snapshot folder, emptied of what an earlier attempt of the same run extracted, in a staging folder
     * only the job's user can read; a folder snapshot needs none, so one that cannot be made is left to the steps
     * that write there to report.
     */
    static Path freshSnapshotFolder(Path out, long jobInstanceId) {
        Path folder = snapshotFolder(out, jobInstanceId);
        try {
            Folders.createPrivate(staging(out));
        } catch (IOException e) {
            log.debug("Cannot make {} yet: {}", staging(out), e.getMessage());
        }
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + folder + " for the snapshot: " + e.getMessage(), e);
        }
        return folder;
    }

    /** Deletes what runs left in the staging folder more than {@code maxAge} ago (last modified). */
    static void removeAbandoned(Path out, Duration maxAge, Instant now) {
        Path staging = staging(out);
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> folders = Files.list(staging)) {
            for (Path folder : folders.toList()) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(now.minus(maxAge))) {
                    Folders.deleteTree(folder);
                    log.info("Removed {}: left by a run that stopped more than {} days ago", folder, maxAge.toDays());
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean {} of abandoned runs' folders: {}", staging, e.getMessage());
        }
    }

    /** Removes the staging folder once nothing is left in it: every output folder kept an empty, hidden one. */
    static void removeStagingIfEmpty(Path out) throws IOException {
        try {
            Files.deleteIfExists(staging(out));
        } catch (DirectoryNotEmptyException waiting) {
            log.debug("{} still holds a failed run's folder, kept for its restart", staging(out));
        }
    }

    /** Where every run of this output folder works before it publishes. */
    static Path staging(Path out) {
        return out.resolve(".staging");
    }
}
