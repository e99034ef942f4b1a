package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.ParsedRow;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;
import io.revblueprint.snapshot.SnapshotSource;
import io.revblueprint.snapshot.SourceRows;
import io.revblueprint.snapshot.SourceTally;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder of export files written as a CRM writes them (every value quoted), and the canonical rows a source reads. */
final class ExportFiles {

    private final Path folder;
    private final List<SourceTally> tallies = new ArrayList<>();

    ExportFiles(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** A CSV file: the header, then rows, every value in quotes. */
    ExportFiles write(String name, Charset charset, String header, String... rows) {
        String text = Stream.concat(Stream.of(header), Stream.of(rows))
                .map(line -> Stream.of(line.split("\\|", -1)).map(value -> '"' + value + '"').collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        try {
            Files.writeString(folder.resolve(name), text, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ExportFiles write(String name, String header, String... rows) {
        return write(name, StandardCharsets.UTF_8, header, rows);
    }

    /** The canonical rows of one canonical file, by id (first column of the format's required ones). */
    Map<String, Map<String, String>> rows(SnapshotSource source, String canonicalFile, RowContext context) {
        SnapshotFormat<?> format = format(canonicalFile);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (SourceRows cursor = source.rows(format, context)) {
            for (CsvRow row; (row = cursor.next()) != null; ) {
                ParsedRow<?> parsed = format.read(row, context);
                assertThat(parsed.isAccepted()).as("%s %s: %s %s", row.sourceFile(), row.sourceLine(), parsed.column(),
                        parsed.reason()).isTrue();
                rows.put(row.cells().get(format.requiredColumns().get(0)), row.cells());
            }
            tallies.addAll(cursor.tallies());
        }
        return rows;
    }

    List<SourceTally> tallies() {
        return tallies;
    }

    SourceTally tally(String sourceFile) {
        return tallies.stream().filter(tally -> tally.sourceFile().equals(sourceFile)).findFirst().orElseThrow();
    }

    private static SnapshotFormat<?> format(String canonicalFile) {
        return SnapshotFormats.IN_IMPORT_ORDER.stream().filter(format -> format.fileName().equals(canonicalFile))
                .findFirst().orElseThrow();
    }
}
