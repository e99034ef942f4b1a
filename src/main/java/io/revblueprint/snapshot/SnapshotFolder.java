package io.revblueprint.snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A snapshot on disk: a folder, or a .zip of one (extracted to a temporary folder). Checks it before any import. */
public final class SnapshotFolder {

    private static final Logger log = LoggerFactory.getLogger(SnapshotFolder.class);

    private SnapshotFolder() {
    }

    /** The folder holding snapshot.json, extracting a zip first. */
    public static Path resolve(Path location) {
        if (Files.isDirectory(location)) {
            return location;
        }
        if (Files.isRegularFile(location) && location.getFileName().toString().toLowerCase().endsWith(".zip")) {
            return folderWithManifest(extract(location));
        }
        throw new SnapshotFileException("snapshot " + location + " does not exist; give a folder or a .zip with snapshot.json");
    }

    /** Fails before anything is imported if a required file or a required column is missing. */
    public static void check(Path folder, ZoneId configuredZone) {
        SnapshotManifest.read(folder, configuredZone);
        for (SnapshotFormat<?> format : SnapshotFormats.IN_IMPORT_ORDER) {
            Path file = folder.resolve(format.fileName());
            if (!Files.isRegularFile(file)) {
                if (format.isRequired()) {
                    throw new SnapshotFileException(format.fileName() + " is missing in " + folder + "; it is required");
                }
                continue;
            }
            try (CsvRowReader reader = CsvRowReader.open(file)) {
                reader.header().requireColumns(format);
                Set<String> unknown = reader.header().unknownColumns(format);
                if (!unknown.isEmpty()) {
                    log.info("{}: ignoring unknown columns {}", format.fileName(), unknown);
                }
            }
        }
    }

    private static Path extract(Path zip) {
        try {
            Path target = Files.createTempDirectory("revenue-blueprint-snapshot-");
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                    Path destination = target.resolve(entry.getName()).normalize();
                    if (!destination.startsWith(target)) {
                        throw new SnapshotFileException(zip + ": entry " + entry.getName() + " points outside the archive");
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(destination);
                    } else {
                        Files.createDirectories(destination.getParent());
                        Files.copy(entries, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new SnapshotFileException(zip + " cannot be extracted: " + e.getMessage(), e);
        }
    }

    private static Path folderWithManifest(Path root) {
        try (Stream<Path> found = Files.walk(root, 3)) {
            return found.filter(path -> path.getFileName().toString().equals(SnapshotManifest.FILE))
                    .map(Path::getParent)
                    .findFirst()
                    .orElseThrow(() -> new SnapshotFileException("the zip holds no " + SnapshotManifest.FILE));
        } catch (IOException e) {
            throw new SnapshotFileException("cannot read the extracted snapshot: " + e.getMessage(), e);
        }
    }
}
