package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed run restarts where it stopped; a completed run is not restarted but repeated as a new run. */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:restart;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9"})
class RestartJobTest {

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path temp;

    @Test
    void restartsAFailedRunWithoutImportingAgain() throws Exception {
        Path out = temp.resolve("out");
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false);

        JobExecution failed = failedAtTheOutputFolder(run);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stepNames(failed)).contains("importLeads", "publishSnapshot").endsWith("computeMetrics");

        Files.delete(out);
        JobExecution restarted = launcher.launch(run);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(stepNames(restarted)).doesNotContain("openSnapshot", "importLeads", "publishSnapshot")
                .startsWith("computeMetrics").endsWith("deliverBlueprints", "checkDeliveries");
        assertThat(out.resolve("2026-Q3/metrics.csv")).isNotEmptyFile();
    }

    /**
     * Another run imported the same export before the failed one was restarted, replacing the snapshot it had
     * imported: the restart failed "Incorrect result size: expected 1, actual 0" every time.
     */
    @Test
    void aRestartAfterTheSameExportWasImportedAgainGoesOnWithThatImport() throws Exception {
        Path out = temp.resolve("out");
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false);
        JobExecution failed = failedAtTheOutputFolder(run);
        JobExecution other = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3",
                temp.resolve("other"), List.of(), "NONE", false));
        Files.delete(out);

        JobExecution restarted = launcher.launch(run);

        assertThat(other.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(restarted.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID))
                .isEqualTo(other.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID));
        assertThat(out.resolve("2026-Q3/metrics.csv")).hasSameTextualContentAs(temp.resolve("other/2026-Q3/metrics.csv"));
    }

    /** Nothing left of the snapshot a failed run imported: it is abandoned and the export imported by a new run. */
    @Test
    void aFailedRunWhoseSnapshotIsGoneIsAbandonedForANewRun() throws Exception {
        Path out = temp.resolve("out");
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false);
        JobExecution failed = failedAtTheOutputFolder(run);
        failed.getExecutionContext().putLong(RunKeys.SNAPSHOT_ID, 999_999L);
        failed.getExecutionContext().putString(RunKeys.AS_OF, "1999-01-01T00:00:00Z");
        jobRepository.updateExecutionContext(failed);
        Files.delete(out);

        JobExecution anew = launcher.launch(run);

        assertThat(anew.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(anew.getJobInstance().getInstanceId()).isNotEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(jobRepository.getJobExecution(failed.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
    }

    /** A restart kept its run's --email=outbox and mailed all 5 though the operator now asked for none. */
    @Test
    void aRestartAskedForNoEmailMailsNobody() throws Exception {
        Path out = temp.resolve("out");
        RunParameters outbox = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "OUTBOX", false);
        JobExecution failed = failedAtTheOutputFolder(outbox);
        Files.delete(out);

        JobExecution restarted = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(),
                "NONE", false));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(out.resolve("outbox")).doesNotExist();
        assertThat(restarted.getExecutionContext().getString(RunKeys.SUMMARY)).contains("email: off (--email=none)");
    }

    /** A restart's --email=none held for good: a later restart asking for mail mailed nobody. */
    @Test
    void aRestartAskingForMailAfterOneAskedForNoneMailsAsTheRunStarted() throws Exception {
        Path out = temp.resolve("out");
        RunParameters outbox = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "OUTBOX", false);
        failedAtTheOutputFolder(outbox);
        JobExecution unmailed = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(),
                "NONE", false));
        assertThat(unmailed.getStatus()).as("the folder is still a file").isEqualTo(BatchStatus.FAILED);
        Files.delete(out);

        JobExecution restarted = launcher.launch(outbox);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(unmailed.getJobInstance().getInstanceId());
        assertThat(out.resolve("outbox")).isNotEmptyDirectory();
    }

    /** SIGTERM, then SIGKILL before the step stopped (a pod past its grace period): the step is still STARTED. */
    @Test
    void restartsARunLeftStoppedWithItsStepStillMarkedRunning() throws Exception {
        Path out = temp.resolve("out");
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false);
        JobExecution failed = failedAtTheOutputFolder(run);
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STOPPED', EXIT_CODE = 'STOPPED' WHERE JOB_EXECUTION_ID = ?",
                failed.getId());
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?"
                + " AND STEP_NAME = 'computeMetrics'", failed.getId());
        Files.delete(out);

        JobExecution restarted = launcher.launch(run);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(out.resolve("2026-Q3/metrics.csv")).isNotEmptyFile();
    }

    /** A killed rerun showed STARTED in --runs, its time growing, until the very same command ran again. */
    @Test
    void aRunLeftRunningByAProcessThatIsGoneIsMarkedFailedAndTheSameCommandRestartsIt() throws Exception {
        Path out = temp.resolve("out");
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false);
        JobExecution killed = failedAtTheOutputFolder(run);
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                + " WHERE JOB_EXECUTION_ID = ?", killed.getId());
        Files.delete(out);

        launcher.recoverRunsLeftRunning();

        assertThat(launcher.recentRuns()).filteredOn(record -> record.runId() == killed.getJobInstance().getInstanceId())
                .singleElement().extracting(RunRecord::status).isEqualTo(BatchStatus.FAILED);
        JobExecution restarted = launcher.launch(run);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(killed.getJobInstance().getInstanceId());
    }

    @Test
    void repeatsACompletedRunAsANewRun() throws Exception {
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", temp.resolve("out"), List.of(), "NONE", false);

        JobExecution first = launcher.launch(run);
        JobExecution second = launcher.launch(run);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(second.getJobParameters().getLong(RunKeys.ATTEMPT)).isEqualTo(2L);
    }

    @Test
    void importsAZippedSnapshot() throws Exception {
        Path zip = temp.resolve("snapshot.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             var files = Files.list(TinySnapshotJobTest.TINY)) {
            for (Path file : files.toList()) {
                out.putNextEntry(new ZipEntry("crm-export/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }

        JobExecution execution = launcher.launch(new RunParameters(zip, "2026-Q3", temp.resolve("out"), List.of(), "NONE", false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/quarantine.csv"))).hasSize(22);
    }

    /** The run, failed at computeMetrics: a file stands where its output folder should be. */
    private JobExecution failedAtTheOutputFolder(RunParameters run) throws Exception {
        Files.writeString(run.out(), "a file where the output folder should be");
        return launcher.launch(run);
    }

    private static List<String> stepNames(JobExecution execution) {
        return execution.getStepExecutions().stream().map(StepExecution::getStepName).toList();
    }
}
