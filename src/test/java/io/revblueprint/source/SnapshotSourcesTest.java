package io.revblueprint.source;

import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.source.jdbc.ReplicaPull;
import io.revblueprint.system.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which source a folder, a zip or a folder of zips holds, told from its files when the run does not say. */
class SnapshotSourcesTest {

    private static final SnapshotSources SOURCES = new SnapshotSources(ZoneOffset.UTC, null, null,
            new ReplicaPull(null, null, null));

    @TempDir
    Path temp;

    @Test
    void tellsEachKindOfExportByItsFiles() throws IOException {
        assertThat(kind(folder("canonical", "snapshot.json", "teams.csv"))).isEqualTo(SourceKind.CANONICAL);
        assertThat(kind(folder("salesforce", "Lead.csv", "opportunity.csv", "Task.csv"))).isEqualTo(SourceKind.SALESFORCE);
        Path hubspot = folder("hubspot", "all-contacts.csv");
        Files.writeString(hubspot.resolve("all-deals.csv"), "\"Record ID\",\"Deal Name\",\"Deal Stage\"\n");
        assertThat(kind(hubspot)).isEqualTo(SourceKind.HUBSPOT);
        assertThat(kind(folder("mapped", "mapping.yaml", "pipeline.csv"))).isEqualTo(SourceKind.MAPPING);
        assertThatThrownBy(() -> kind(folder("unknown", "pipeline.csv"))).isInstanceOf(SnapshotFileException.class)
                .hasMessageContaining("cannot tell what").hasMessageContaining("--source=canonical|salesforce|hubspot|jdbc|mapping");
    }

    @Test
    void aMappingFileThatExtendsAPresetMakesThatSource() throws IOException {
        Path export = folder("export", "pipeline.csv");
        Path profile = Files.writeString(temp.resolve("profile.yaml"), "extends: salesforce\nsettings: {default_team_id: T}\n");

        assertThat(SOURCES.locate(null, export, profile).kind()).isEqualTo(SourceKind.SALESFORCE);
    }

    @Test
    void readsOneExportSpreadOverSeveralZipsAndRefusesTwoCopiesOfAFile() throws IOException {
        Path zips = Files.createDirectories(temp.resolve("zips"));
        zip(zips.resolve("WE_00D_1.zip"), "Lead.csv");
        zip(zips.resolve("WE_00D_2.zip"), "Opportunity.csv");

        SourceSpec spec = SOURCES.locate(null, zips, null);
        assertThat(spec.kind()).isEqualTo(SourceKind.SALESFORCE);
        assertThat(spec.temporaryFolder()).isTrue();
        assertThat(spec.folder().resolve("Lead.csv")).exists();
        assertThat(spec.folder().resolve("Opportunity.csv")).exists();
        Folders.deleteTree(spec.folder());

        zip(zips.resolve("WE_00D_3.zip"), "Lead.csv");
        assertThatThrownBy(() -> SOURCES.locate(null, zips, null)).isInstanceOf(SnapshotFileException.class)
                .hasMessageEndingWith("Lead.csv is also in another of the archives; give the archives of one export only");
    }

    @Test
    void aReplicaNeedsItsUrl() {
        assertThatThrownBy(() -> SOURCES.locate(SourceKind.JDBC, null, null)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("--source=jdbc needs the replica: set blueprint.source.jdbc.url");
    }

    private SourceKind kind(Path folder) {
        return SOURCES.locate(null, folder, null).kind();
    }

    private Path folder(String name, String... files) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (String file : files) {
            Files.writeString(folder.resolve(file), file.endsWith(".json") ? "{}" : file.endsWith(".yaml") ? "name: x\n" : "Id\n");
        }
        return folder;
    }

    private static void zip(Path zip, String file) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(file));
            out.write("Id\n".getBytes());
            out.closeEntry();
        }
    }
}
