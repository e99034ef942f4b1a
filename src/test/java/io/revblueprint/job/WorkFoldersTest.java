package io.revblueprint.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a run unpacks its snapshot: a fresh folder that only the job's user can read into. */
class WorkFoldersTest {

    @TempDir
    Path out;

    @Test
    void theSnapshotFolderIsFreshAndInAStagingFolderOnlyItsOwnerCanRead() throws IOException {
        Path earlier = Files.createDirectories(WorkFolders.snapshotFolder(out, 7)).resolve("Lead.csv");
        Files.writeString(earlier, "Id\n");

        Path folder = WorkFolders.freshSnapshotFolder(out, 7);

        assertThat(folder).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(WorkFolders.staging(out))))
                .isEqualTo("rwx------");
    }

    @Test
    void theStagingFolderGoesOnceNothingIsLeftInIt() throws IOException {
        Path failedRuns = Files.createDirectories(WorkFolders.snapshotFolder(out, 8));

        WorkFolders.removeStagingIfEmpty(out);
        assertThat(failedRuns).as("kept for its restart").exists();

        Files.delete(failedRuns);
        WorkFolders.removeStagingIfEmpty(out);
        assertThat(WorkFolders.staging(out)).doesNotExist();
    }
}
