package io.revblueprint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Which export a schedule takes: the newest finished one. */
class ExportFoldersTest {

    @TempDir
    Path root;

    /** A half-copied export was taken after two quiet minutes, beside exports that mark their end, and failed. */
    @Test
    void onceExportsMarkTheirEndAFolderWithoutTheMarkerIsNotFinishedHoweverQuiet() throws IOException {
        Path marked = export("2026-10-07", Instant.now().minus(Duration.ofHours(2)));
        Files.createFile(marked.resolve("_SUCCESS"));
        Files.setLastModifiedTime(marked.resolve("_SUCCESS"), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        export("2026-10-08", Instant.now().minus(Duration.ofHours(1)));

        assertThat(new ExportFolders(root, "_SUCCESS", Duration.ofMinutes(2)).newest()).contains(marked);
    }

    @Test
    void withoutMarkersTheNewestQuietExportIsTaken() throws IOException {
        export("2026-10-07", Instant.now().minus(Duration.ofHours(2)));
        Path newer = export("2026-10-08", Instant.now().minus(Duration.ofHours(1)));
        export("2026-10-09", Instant.now());

        assertThat(new ExportFolders(root, "_SUCCESS", Duration.ofMinutes(2)).newest()).contains(newer);
    }

    private Path export(String name, Instant changed) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        Path leads = Files.writeString(folder.resolve("leads.csv"), "lead_id\n");
        Files.setLastModifiedTime(leads, FileTime.from(changed));
        Files.setLastModifiedTime(folder, FileTime.from(changed));
        return folder;
    }
}
