package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The output folder on a disk that fills up (a 96 KiB tmpfs): the run fails in one line naming the file it could
 * not write, publishes nothing, and once there is room the same run restarts where it stopped and completes.
 * Needs the right to mount a tmpfs (root on Linux); without it the test is skipped, saying so.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:full-disk;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9"})
class FullDiskJobTest {

    @TempDir
    static Path temp;

    static Path out;

    @Autowired
    BlueprintLauncher launcher;

    @BeforeAll
    static void mountASmallDisk() throws Exception {
        out = Files.createDirectories(temp.resolve("out"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", out.toString()),
                "a full disk is simulated with a small tmpfs, and this user may not mount one");
    }

    @AfterAll
    static void unmount() throws Exception {
        run("umount", out.toString());
    }

    @Test
    void aFullDiskFailsTheRunInOneLinePublishesNothingAndTheRunRestartsOnceThereIsRoom() throws Exception {
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "OUTBOX", false);

        JobExecution full = launcher.launch(run);

        assertThat(full.getStatus()).isEqualTo(BatchStatus.FAILED);
        // Each render partition fails on its own (issue 12); every one of them for want of room.
        assertThat(full.getAllFailureExceptions()).filteredOn(failure -> failure.getCause() != null).isNotEmpty()
                .allSatisfy(failure -> assertThat(failure.getCause())
                        .hasMessageStartingWith("cannot write " + out.resolve(".staging")));
        // The partitions' failures are read back from their stack traces, which the repository cut before the cause.
        assertThat(full.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .anySatisfy(message -> assertThat(message).contains("partition(s) failed", "No space left on device"));
        assertThat(out.resolve("2026-Q3")).doesNotExist();
        assertThat(out.resolve("outbox")).doesNotExist();

        assertThat(run("mount", "-o", "remount,size=16m", out.toString())).isTrue();
        JobExecution restarted = launcher.launch(run);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(full.getJobInstance().getInstanceId());
        assertThat(out.resolve("2026-Q3/metrics.csv")).isNotEmptyFile();
    }

    /** Runs a command; true when it succeeded. */
    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
