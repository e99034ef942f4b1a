package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tiny snapshot with cells an attacker or a broken export writes: a cell longer than its column, a NUL byte, an
 * id that looks like a path, formulas in names. Each costs one quarantined row; nothing leaves the output folder and
 * no CSV cell starts a formula. An export dated in the future is refused; an archive is unpacked in the run's own
 * folder and nothing of it stays.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:hostile-input;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputJobTest {

    @TempDir
    static Path temp;

    @Autowired
    BlueprintLauncher launcher;

    JobExecution run;
    List<CSVRecord> quarantine;

    @BeforeAll
    void runOnAHostileCopy() throws Exception {
        Path snapshot = copyOfTiny("snapshot");
        append(snapshot.resolve("teams.csv"), "../../escape,Escape Sales,SALES,SMB,UTC,09:00,17:00,MON-FRI,DE");
        Path users = snapshot.resolve("users.csv");
        Files.writeString(users, Files.readString(users).replace("Rita Ops", "\"=HYPERLINK(\"\"http://x\"\";\"\"Rita\"\")\""));
        append(users, "U-" + "9".repeat(200) + ",Long Id,long@tiny.example,SDR,T-BER,true",
                "U-8,Nul\u0000Byte,nul@tiny.example,SDR,T-BER,true");
        append(snapshot.resolve("leads.csv"), "L-LONG,2026-07-01T08:00:00Z,U-2,Webinar,MARKETING,90,"
                + "x".repeat(300) + ",200,2026-07-01T08:00:00Z,,,,,,,");
        run = launcher.launch(new RunParameters(snapshot, "2026-Q3", temp.resolve("out"), List.of(), "OUTBOX", false));
        quarantine = TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/quarantine.csv"));
    }

    @Test
    void completesAndQuarantinesEachHostileRowWithItsColumnAndReason() {
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(quarantine).extracting(row -> row.get("file") + " " + row.get("column") + ": " + row.get("reason"))
                .contains("teams.csv team_id: team_id '../../escape' holds a / or \\; an id may not look like a path",
                        "users.csv user_id: user_id is 202 characters long; it holds at most 128",
                        "users.csv name: control character U+0000 in name; remove it from the export",
                        "leads.csv industry: industry is 300 characters long; it holds at most 255");
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        assertThat(temp.resolve("escape")).doesNotExist();
        assertThat(temp.getParent().resolve("escape")).doesNotExist();
        try (Stream<Path> written = Files.walk(temp.resolve("out"))) {
            assertThat(written.map(path -> temp.resolve("out").relativize(path).toString()))
                    .noneMatch(path -> path.contains("escape"));
        }
    }

    @Test
    void noCellOfAnOutputStartsAFormula() throws IOException {
        for (String file : List.of("fixes.csv", "metrics.csv", "quarantine.csv")) {
            for (CSVRecord row : TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/" + file))) {
                for (String cell : row) {
                    assertThat(cell).as(file + " line " + row.getRecordNumber())
                            .doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
                }
            }
        }
        assertThat(TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/fixes.csv")))
                .extracting(row -> row.get("owner_name")).contains("'=HYPERLINK(\"http://x\";\"Rita\")");
    }

    @Test
    void anAsOfLaterThanTheClockIsRefusedBeforeAnythingIsImported() throws Exception {
        Path snapshot = copyOfTiny("from-the-future");
        Files.writeString(snapshot.resolve("snapshot.json"), Files.readString(snapshot.resolve("snapshot.json"))
                .replace("2026-10-01T06:00:00Z", "2099-10-01T06:00:00Z"));

        JobExecution future = launcher.launch(new RunParameters(snapshot, null, temp.resolve("out-future"), List.of(),
                "NONE", false));

        assertThat(future.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(future.getAllFailureExceptions()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("as_of 2099-10-01T06:00:00Z is later than this run's clock");
        assertThat(temp.resolve("out-future/2098-Q4")).doesNotExist();
    }

    @Test
    void aZipIsExtractedIntoTheRunsOwnFolderRemovedWhenDoneAndAbandonedFoldersAreCleared() throws Exception {
        Path out = temp.resolve("out-zip");
        Path abandoned = Files.createDirectories(out.resolve(".staging/2026-Q2-run7"));
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(8))));
        Path recent = Files.createDirectories(out.resolve(".staging/2026-Q2-run8"));
        Path zip = temp.resolve("tiny.zip");
        try (ZipOutputStream archive = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.list(TinySnapshotJobTest.TINY)) {
            for (Path file : files.toList()) {
                archive.putNextEntry(new ZipEntry("export/" + file.getFileName()));
                Files.copy(file, archive);
                archive.closeEntry();
            }
        }

        JobExecution zipped = launcher.launch(new RunParameters(zip, "2026-Q3", out, List.of(), "NONE", false));

        assertThat(zipped.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(zipped.getExecutionContext().getString(RunKeys.SNAPSHOT_FOLDER))
                .startsWith(out.resolve(".staging").toRealPath().toString());
        try (Stream<Path> left = Files.list(out.resolve(".staging"))) {
            assertThat(left).containsExactly(recent);
        }
    }

    private static Path copyOfTiny(String name) throws IOException {
        Path snapshot = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(TinySnapshotJobTest.TINY)) {
            for (Path file : files.toList()) {
                Files.copy(file, snapshot.resolve(file.getFileName()));
            }
        }
        return snapshot;
    }

    private static void append(Path file, String... lines) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + String.join("\n", lines) + "\n");
    }
}
