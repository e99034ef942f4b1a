package io.revblueprint.source;

import io.revblueprint.fuzz.Mutations;
import io.revblueprint.snapshot.CanonicalFolderSource;
import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.ParsedRow;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;
import io.revblueprint.snapshot.SnapshotManifest;
import io.revblueprint.snapshot.SnapshotSource;
import io.revblueprint.snapshot.SourceRows;
import io.revblueprint.source.jdbc.ReplicaPull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every importer, fed mutated copies of real inputs (the tiny canonical snapshot, a Salesforce and a HubSpot export,
 * a mapped CSV and its mapping file, a zip of a snapshot): each row is read or quarantined with a reason, or the source is refused with
 * one clear line; nothing crashes, hangs, or writes outside the run's work folder. {@code mvn verify} runs a
 * bounded number of inputs; {@code -Pfuzz} many more.
 */
class SourceFuzzTest {

    private static final Path EXPORTS = Path.of("src/test/resources/exports");
    private static final Path TINY = Path.of("src/test/resources/snapshots/tiny");
    private static final Path MAPPING = Path.of("examples/mappings/maven-crm-sales-opportunities.yaml");
    private static final Duration PER_INPUT = Duration.ofSeconds(20);
    private static final SnapshotSources SOURCES = new SnapshotSources(ZoneOffset.UTC, null, null,
            new ReplicaPull(null, null, null), new ArchiveLimits(64L << 20, 1_000, 200));

    private static final List<Path> EXPORT_FILES = Stream.of("salesforce-tcrm-excerpt", "hubspot-newer-portal",
            "maven-look-alike").flatMap(folder -> list(EXPORTS.resolve(folder)).stream())
            .filter(path -> path.toString().endsWith(".csv")).sorted().toList();

    private static long openFilesBefore;

    @TempDir
    Path root;

    @BeforeAll
    static void countOpenFiles() {
        openFilesBefore = openFiles();
    }

    /** A refused input must not leave its file open: thousands of them would exhaust the process's descriptors. */
    @AfterAll
    static void noFileIsLeftOpen() {
        assertThat(openFiles() - openFilesBefore).as("files left open after the fuzzed inputs").isLessThan(20);
    }

    /** The process's open descriptors where Linux shows them; elsewhere nothing to compare. */
    private static long openFiles() {
        Path descriptors = Path.of("/proc/self/fd");
        return Files.isDirectory(descriptors) ? list(descriptors).size() : 0;
    }

    static LongStream seeds() {
        return Mutations.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedCanonicalSnapshotIsReadOrRefusedInOneLine(long seed) throws IOException {
        List<Path> files = list(TINY);
        Path snapshot = mutatedCopy(files.get((int) (seed % files.size())), seed);

        readOrRefuse(() -> new CanonicalFolderSource(snapshot, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedCrmExportIsReadOrRefusedInOneLine(long seed) throws IOException {
        Path file = EXPORT_FILES.get((int) (seed % EXPORT_FILES.size()));
        Path export = mutatedCopy(file, seed);
        Path mapping = file.getParent().endsWith("maven-look-alike") ? MAPPING : null;

        readOrRefuse(() -> SOURCES.open(SOURCES.locate(null, export, mapping, work())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedMappingFileIsReadOrRefusedInOneLine(long seed) throws IOException {
        Path mapping = root.resolve("mapping.yaml");
        Files.write(mapping, Mutations.mutate(Files.readAllBytes(MAPPING), seed));

        readOrRefuse(() -> SOURCES.open(SOURCES.locate(null, EXPORTS.resolve("maven-look-alike"), mapping, work())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedZipIsReadOrRefusedAndNothingLandsOutsideTheWorkFolder(long seed) throws IOException {
        Path zip = root.resolve("snapshot.zip");
        Files.write(zip, Mutations.mutate(zipOfTiny(), seed));

        readOrRefuse(() -> SOURCES.open(SOURCES.locate(null, zip, null, work())));

        try (Stream<Path> written = Files.walk(root)) {
            assertThat(written.filter(Files::isRegularFile)).allMatch(path -> path.equals(zip) || path.startsWith(work()));
        }
    }

    private interface Opening {
        SnapshotSource open();
    }

    /** Reads every row of every canonical file the way the import does, through the same rules. */
    private static void readOrRefuse(Opening opening) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            try {
                SnapshotSource source = opening.open();
                source.check();
                SnapshotManifest manifest = source.manifest();
                RowContext context = new RowContext(manifest.zoneOr(ZoneOffset.UTC), manifest.asOf(), "EUR");
                for (SnapshotFormat<?> format : SnapshotFormats.IN_IMPORT_ORDER) {
                    readAll(source, format, context);
                }
            } catch (SnapshotFileException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        });
    }

    private static void readAll(SnapshotSource source, SnapshotFormat<?> format, RowContext context) {
        try (SourceRows rows = source.rows(format, context)) {
            for (CsvRow row; (row = rows.next()) != null; ) {
                ParsedRow<?> parsed = format.read(row, context);
                assertThat(parsed.isAccepted() || parsed.reason() != null).as("a rejected row has its reason").isTrue();
            }
        }
    }

    /** A copy of the folder {@code mutated} is in, that file mutated. */
    private Path mutatedCopy(Path mutated, long seed) throws IOException {
        Path copy = Files.createDirectories(root.resolve("input"));
        for (Path file : list(mutated.getParent())) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(copy.resolve(file.getFileName()), file.equals(mutated) ? Mutations.mutate(bytes, seed) : bytes);
        }
        return copy;
    }

    private static byte[] zipOfTiny() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : list(TINY)) {
                zip.putNextEntry(new ZipEntry("export/" + file.getFileName()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Path work() {
        return root.resolve("out/.staging/snapshot-run1");
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
