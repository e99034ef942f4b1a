package io.revblueprint.snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A snapshot folder in the canonical format: snapshot.json and one CSV file per {@link SnapshotFormat}. */
public final class CanonicalFolderSource implements SnapshotSource {

    private static final Logger log = LoggerFactory.getLogger(CanonicalFolderSource.class);

    private final Path folder;
    private final ZoneId configuredZone;

    /** {@code configuredZone}: the company zone when snapshot.json names none. */
    public CanonicalFolderSource(Path folder, ZoneId configuredZone) {
        this.folder = folder;
        this.configuredZone = configuredZone;
    }

    @Override
    public SnapshotManifest manifest() {
        return SnapshotManifest.read(folder, configuredZone);
    }

    @Override
    public void check() {
        manifest();
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
                    log.info("{}: ignoring unknown columns {}", format.fileName(), unknown.stream()
                            .map(name -> name.length() > 40 ? name.substring(0, 40) + "…" : name).toList());
                }
            }
        }
    }

    /** An optional file that is absent simply has no rows. */
    @Override
    public SourceRows rows(SnapshotFormat<?> format, RowContext context) {
        Path file = folder.resolve(format.fileName());
        return Files.isRegularFile(file) ? new FileRows(CsvRowReader.open(file), format) : SourceRows.none();
    }

    private static final class FileRows implements SourceRows {

        private final CsvRowReader reader;
        private final List<String> ignored;
        private long read;

        FileRows(CsvRowReader reader, SnapshotFormat<?> format) {
            this.reader = reader;
            this.ignored = List.copyOf(reader.header().unknownColumns(format));
        }

        @Override
        public CsvRow next() {
            CsvRow row = reader.next();
            if (row != null) {
                read++;
            }
            return row;
        }

        @Override
        public List<SourceTally> tallies() {
            return List.of(new SourceTally(reader.header().file(), read, read, Map.of(), ignored, Map.of()));
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
