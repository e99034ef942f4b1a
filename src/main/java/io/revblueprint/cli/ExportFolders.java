package io.revblueprint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder the CRM exports land in, one folder or zip per export: the newest one whose export has finished, told by
 * a marker file in it (e.g. {@code _SUCCESS}), or else by nothing in it having changed for a while.
 */
record ExportFolders(Path root, String marker, Duration quietFor) {

    static final String DEFAULT_MARKER = "_SUCCESS";
    static final Duration DEFAULT_QUIET = Duration.ofMinutes(2);

    /**
     * Once the exports mark their end, a folder without the marker is still being written, however long it has been
     * quiet: a half-copied export was taken after two quiet minutes and failed every tick after.
     */
    Optional<Path> newest() {
        List<Path> exports = exports();
        boolean markersInUse = exports.stream().anyMatch(this::hasMarker);
        return exports.stream().filter(export -> finished(export, markersInUse))
                .max(Comparator.comparing(ExportFolders::lastChange));
    }

    private boolean finished(Path export, boolean markersInUse) {
        if (hasMarker(export)) {
            return true;
        }
        boolean unmarkedFolder = markersInUse && Files.isDirectory(export);
        return !unmarkedFolder && lastChange(export).toInstant().isBefore(Instant.now().minus(quietFor));
    }

    /** The folders and .zip files: a stray notes.txt beside them was taken for the newest export, every tick. */
    private List<Path> exports() {
        try (Stream<Path> exports = Files.list(root)) {
            return exports.filter(export -> {
                String name = export.getFileName().toString();
                return !name.startsWith(".")
                        && (Files.isDirectory(export) || name.toLowerCase(Locale.ROOT).endsWith(".zip"));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the exports in " + root, e);
        }
    }

    private boolean hasMarker(Path export) {
        return Files.isDirectory(export) && Files.exists(export.resolve(marker));
    }

    /** The latest modification of the export or anything in it. */
    private static FileTime lastChange(Path export) {
        try (Stream<Path> files = Files.walk(export)) {
            return files.map(ExportFolders::modified).max(Comparator.naturalOrder()).orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + export, e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
