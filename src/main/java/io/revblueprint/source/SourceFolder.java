package io.revblueprint.source;

import io.revblueprint.snapshot.SnapshotFileException;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a snapshot's files are: a folder, a .zip, or a folder of .zip files (a large Salesforce export comes as
 * several), extracted into the run's own work folder within {@link ArchiveLimits}. The files may sit a few folders
 * down inside an archive. Symbolic links are refused: a snapshot is the files in its folder, nothing else.
 */
final class SourceFolder {

    private static final int MAX_DEPTH = 3;

    private SourceFolder() {
    }

    /** The folder holding the files; {@code workFolder}: the run's own folder that archives are extracted into. */
    static Path resolve(Path location, Path workFolder, ArchiveLimits limits) {
        if (Files.isDirectory(location)) {
            refuseLinks(location);
            List<Path> zips = filesEndingWith(location, ".zip");
            boolean holdsData = !filesEndingWith(location, ".csv").isEmpty() || !filesEndingWith(location, ".json").isEmpty();
            return zips.isEmpty() || holdsData ? location : dataFolder(extract(zips, workFolder, limits));
        }
        if (Files.isRegularFile(location) && name(location).endsWith(".zip")) {
            return dataFolder(extract(List.of(location), workFolder, limits));
        }
        throw new SnapshotFileException("snapshot " + location + " does not exist; give a folder or a .zip of the export");
    }

    private static void refuseLinks(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isSymbolicLink).findFirst().ifPresent(link -> {
                throw new SnapshotFileException(link + " is a symbolic link; a snapshot folder must hold its files"
                        + " themselves: copy the file in, or give the folder it points into");
            });
        } catch (IOException e) {
            throw new SnapshotFileException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whole or not at all: a damaged archive leaves no part of itself in the work folder. */
    private static Path extract(List<Path> zips, Path workFolder, ArchiveLimits limits) {
        try {
            Path target = Files.createDirectories(workFolder).toRealPath();
            try {
                new Extraction(zips, target, limits).run();
            } catch (IOException | RuntimeException e) {
                FileSystemUtils.deleteRecursively(target);
                throw e;
            }
            return target;
        } catch (IOException e) {
            throw new SnapshotFileException("cannot extract " + zips + " into " + workFolder + ": " + e.getMessage(), e);
        }
    }

    /** The shallowest folder holding a CSV or JSON file. */
    private static Path dataFolder(Path root) {
        try (Stream<Path> folders = Files.walk(root, MAX_DEPTH)) {
            return folders.filter(Files::isDirectory)
                    .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Comparator.naturalOrder()))
                    .filter(folder -> !filesEndingWith(folder, ".csv").isEmpty()
                            || !filesEndingWith(folder, ".json").isEmpty())
                    .findFirst()
                    .orElseThrow(() -> new SnapshotFileException("the archive holds no CSV files"));
        } catch (IOException e) {
            throw new SnapshotFileException("cannot read the extracted snapshot: " + e.getMessage(), e);
        }
    }

    static List<Path> filesEndingWith(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> name(file).endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new SnapshotFileException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
