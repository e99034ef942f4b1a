package io.revblueprint.source;

import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.source.jdbc.ReplicaPull;
import io.revblueprint.system.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which source a folder, a zip or a folder of zips holds, told from its files when the run does not say. */
class SnapshotSourcesTest {

    private static final ArchiveLimits LIMITS = new ArchiveLimits(1L << 30, 100, 200);
    private static final SnapshotSources SOURCES = new SnapshotSources(ZoneOffset.UTC, null, null,
            new ReplicaPull(null, null, null), LIMITS);

    @TempDir
    Path temp;

    @Test
    void tellsEachKindOfExportByItsFiles() throws IOException {
        assertThat(kind(folder("canonical", "snapshot.json", "teams.csv"))).isEqualTo(SourceKind.CANONICAL);
        assertThat(kind(folder("salesforce", "Lead.csv", "opportunity.csv", "Task.csv"))).isEqualTo(SourceKind.SALESFORCE);
        Path hubspot = folder("hubspot", "all-contacts.csv");
        Files.writeString(hubspot.resolve("all-deals.csv"), "\"Record ID\",\"Deal Name\",\"Deal Stage\"\n");
        assertThat(kind(hubspot)).isEqualTo(SourceKind.HUBSPOT);
        Path unicodeText = folder("unicode-text", "all-contacts.csv");
        Files.writeString(unicodeText.resolve("all-deals.csv"), "\uFEFFRecord ID\tDeal Name\tDeal Stage\n",
                StandardCharsets.UTF_16LE);
        assertThat(kind(unicodeText)).as("Excel's Unicode Text").isEqualTo(SourceKind.HUBSPOT);
        assertThat(kind(folder("mapped", "mapping.yaml", "pipeline.csv"))).isEqualTo(SourceKind.MAPPING);
        assertThatThrownBy(() -> kind(folder("unknown", "pipeline.csv"))).isInstanceOf(SnapshotFileException.class)
                .hasMessageContaining("cannot tell what").hasMessageContaining("--source=canonical|salesforce|hubspot|jdbc|mapping");
    }

    /** A header written "Record Id", " deal stage " was not told from any CSV, though the preset reads it. */
    @Test
    void aHubSpotHeaderInAnyCaseAndSpacingIsTold() throws IOException {
        Path hubspot = folder("hubspot-case", "all-contacts.csv");
        Files.writeString(hubspot.resolve("all-deals.csv"), "\"Record Id\",\"deal stage \",\" AMOUNT\",\n");

        assertThat(kind(hubspot)).isEqualTo(SourceKind.HUBSPOT);
    }

    /** "Opportunity (1).csv", a second download's name, made "cannot tell what the folder holds". */
    @Test
    void aSalesforceExportMissingOneFileSaysWhichAndWhereItMayBe() throws IOException {
        assertThatThrownBy(() -> kind(folder("renamed", "Lead.csv", "Opportunity (1).csv", "Task.csv")))
                .isInstanceOf(SnapshotFileException.class).hasMessageEndingWith("looks like a Salesforce export but has"
                        + " no Opportunity.csv (Opportunity (1).csv is there: rename it Opportunity.csv)");
        assertThatThrownBy(() -> kind(folder("no-leads", "Opportunity.csv"))).isInstanceOf(SnapshotFileException.class)
                .hasMessageEndingWith("has no Lead.csv: export it too, or say which source it is with"
                        + " --source=canonical|salesforce|hubspot|jdbc|mapping");
    }

    @Test
    void aMappingFileThatExtendsAPresetMakesThatSource() throws IOException {
        Path export = folder("export", "pipeline.csv");
        Path profile = Files.writeString(temp.resolve("profile.yaml"), "extends: salesforce\nsettings: {default_team_id: T}\n");

        assertThat(SOURCES.locate(null, export, profile, work()).kind()).isEqualTo(SourceKind.SALESFORCE);
    }

    @Test
    void readsOneExportSpreadOverSeveralZipsAndRefusesTwoCopiesOfAFile() throws IOException {
        Path zips = Files.createDirectories(temp.resolve("zips"));
        zip(zips.resolve("WE_00D_1.zip"), "Lead.csv");
        zip(zips.resolve("WE_00D_2.zip"), "Opportunity.csv");

        SourceSpec spec = SOURCES.locate(null, zips, null, work());
        assertThat(spec.kind()).isEqualTo(SourceKind.SALESFORCE);
        assertThat(spec.folder()).startsWith(work().toRealPath());
        assertThat(spec.folder().resolve("Lead.csv")).exists();
        assertThat(spec.folder().resolve("Opportunity.csv")).exists();
        Folders.deleteTree(spec.folder());

        zip(zips.resolve("WE_00D_3.zip"), "Lead.csv");
        assertThatThrownBy(() -> SOURCES.locate(null, zips, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageEndingWith("Lead.csv is also in another of the archives; give the archives of one export only");
    }

    @Test
    void refusesAZipBombBeforeItFillsTheDisk() throws IOException {
        Path bomb = temp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("snapshot.json"));
            byte[] zeros = new byte[1 << 20];
            for (int megabyte = 0; megabyte < 64; megabyte++) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        assertThatThrownBy(() -> SOURCES.locate(null, bomb, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageContaining("bomb.zip unpacks to more than 200 times its own size");
        assertThat(work()).as("nothing of it left").doesNotExist();
    }

    /** Read entry by entry, a zip cut between two entries lost the files after the cut without a word. */
    @Test
    void aZipCutShortIsRefusedBeforeAnythingIsExtracted() throws IOException {
        Path whole = temp.resolve("whole.zip");
        zip(whole, "leads.csv", "opportunities.csv");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(temp.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length - 30));

        assertRefusedLeavingNothing(cut, cut + " is not a whole zip file (",
                "it may have been cut short while copying; copy or export it again");
    }

    /** "cannot extract [corrupt.zip] into …: invalid entry size (expected 1414066 but got 1406968 bytes)". */
    @Test
    void aDamagedZipNamesTheEntryAndWhatToDoAndLeavesNothing() throws IOException {
        Path damaged = temp.resolve("damaged.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            out.putNextEntry(new ZipEntry("leads.csv"));
            Random random = new Random(7);
            for (int line = 0; line < 20_000; line++) {
                out.write(("L-" + line + "," + random.nextLong() + "\n").getBytes());
            }
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(damaged);
        for (int at = bytes.length / 2; at < bytes.length / 2 + 64; at++) {
            bytes[at] ^= 0x5A;
        }
        Files.write(damaged, bytes);

        assertRefusedLeavingNothing(damaged, damaged + " is damaged: its entry leads.csv cannot be read (",
                "); copy or export the archive again");
    }

    /** The archive is refused with a message that starts and ends so, and nothing of it stays in the work folder. */
    private void assertRefusedLeavingNothing(Path zip, String start, String end) {
        assertThatThrownBy(() -> SOURCES.locate(null, zip, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith(start).hasMessageEndingWith(end);
        assertThat(work()).doesNotExist();
    }

    @Test
    void refusesAnArchiveOfTooManyEntriesOrBytes() throws IOException {
        Path many = temp.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int entry = 0; entry <= LIMITS.maxEntries(); entry++) {
                out.putNextEntry(new ZipEntry("file" + entry + ".csv"));
                out.closeEntry();
            }
        }
        ArchiveLimits tiny = new ArchiveLimits(2, 100, 200);
        SnapshotSources tinySources = new SnapshotSources(ZoneOffset.UTC, null, null, new ReplicaPull(null, null, null), tiny);
        Path small = temp.resolve("small.zip");
        zip(small, "Lead.csv");

        assertThatThrownBy(() -> SOURCES.locate(null, many, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageContaining("many.zip holds more than 100 entries");
        assertThatThrownBy(() -> tinySources.locate(null, small, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageContaining("small.zip unpacks to more than 2 bytes");
    }

    /** Counted per archive, a folder of ten small zip bombs unpacked ten times the limit. */
    @Test
    void theLimitsAreTheWholeExportsNotEachArchives() throws IOException {
        Path parts = Files.createDirectories(temp.resolve("parts"));
        zip(parts.resolve("part-1.zip"), "Lead.csv");
        zip(parts.resolve("part-2.zip"), "Opportunity.csv");
        SnapshotSources fiveBytes = new SnapshotSources(ZoneOffset.UTC, null, null, new ReplicaPull(null, null, null),
                new ArchiveLimits(5, 100, 200));

        assertThatThrownBy(() -> fiveBytes.locate(null, parts, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageContaining("part-2.zip unpacks to more than 5 bytes (counted with the archive before it)");
        assertThat(work()).as("nothing of it left").doesNotExist();
    }

    @Test
    void refusesASymbolicLinkInTheSnapshotFolder() throws IOException {
        Path outside = Files.writeString(temp.resolve("secret.csv"), "Id\n");
        Path export = folder("linked", "Lead.csv", "Opportunity.csv");
        Files.createSymbolicLink(export.resolve("Task.csv"), outside);

        assertThatThrownBy(() -> SOURCES.locate(null, export, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageContaining("Task.csv is a symbolic link");
    }

    @Test
    void aReplicaNeedsItsUrl() {
        assertThatThrownBy(() -> SOURCES.locate(SourceKind.JDBC, null, null, work())).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("--source=jdbc needs the replica: set blueprint.source.jdbc.url");
    }

    private Path work() {
        return temp.resolve("out/.staging/snapshot-run1");
    }

    private SourceKind kind(Path folder) {
        return SOURCES.locate(null, folder, null, work()).kind();
    }

    private Path folder(String name, String... files) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (String file : files) {
            Files.writeString(folder.resolve(file), file.endsWith(".json") ? "{}" : file.endsWith(".yaml") ? "name: x\n" : "Id\n");
        }
        return folder;
    }

    /** A zip of the files, each holding a header only. */
    private static void zip(Path zip, String... files) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String file : files) {
                out.putNextEntry(new ZipEntry(file));
                out.write("Id\n".getBytes());
                out.closeEntry();
            }
        }
    }
}
