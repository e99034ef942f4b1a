package io.revblueprint.source;

import io.revblueprint.snapshot.SnapshotFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where a snapshot's files are: a folder, a .zip, or a folder of .zip files (a large Salesforce export comes as
 * several), extracted into one temporary folder. The files may sit a few folders down inside an archive.
 */
final class SourceFolder {

    private static final int MAX_DEPTH = 3;

    /** The folder holding the files; {@code extracted} when it was made from archives (and may be deleted after). */
    record Resolved(Path folder, boolean extracted) {
    }

    private SourceFolder() {
    }

    static Resolved resolve(Path location) {
        if (Files.isDirectory(location)) {
            List<Path> zips = filesEndingWith(location, ".zip");
            boolean holdsData = !filesEndingWith(location, ".csv").isEmpty() || !filesEndingWith(location, ".json").isEmpty();
            return zips.isEmpty() || holdsData ? new Resolved(location, false) : new Resolved(dataFolder(extract(zips)), true);
        }
        if (Files.isRegularFile(location) && name(location).endsWith(".zip")) {
            return new Resolved(dataFolder(extract(List.of(location))), true);
        }
        throw new SnapshotFileException("snapshot " + location + " does not exist; give a folder or a .zip of the export");
    }

    private static Path extract(List<Path> zips) {
        try {
            Path target = Files.createTempDirectory("revenue-blueprint-snapshot-");
            for (Path zip : zips) {
                extract(zip, target);
            }
            return target;
        } catch (IOException e) {
            throw new SnapshotFileException("cannot extract " + zips + ": " + e.getMessage(), e);
        }
    }

    private static void extract(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new SnapshotFileException(zip + ": entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else if (Files.exists(destination)) {
                    throw new SnapshotFileException(zip + ": " + entry.getName()
                            + " is also in another of the archives; give the archives of one export only");
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(entries, destination);
                }
            }
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
