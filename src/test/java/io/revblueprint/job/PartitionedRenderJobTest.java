package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.report.BlueprintFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Team blueprints render in partitions on local threads; a restart reruns only the partition that failed. */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:partitions;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9",
        "blueprint.partitioning.partitions=2"})
class PartitionedRenderJobTest {

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path temp;

    @Test
    void aFailedPartitionRerunsAloneOnRestart() throws Exception {
        Path out = temp.resolve("out");
        // The first run of this database is run 1; a file where New York's folder goes fails its partition only.
        Path blocked = out.resolve(".staging/2026-Q3-run1/T-NYC");
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "a file where the team's folder should be");
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false);

        JobExecution failed = launcher.launch(run);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(partitions(failed)).containsEntry("renderTeams:teams0", BatchStatus.COMPLETED)
                .containsEntry("renderTeams:teams1", BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).extracting(Throwable::getMessage).anySatisfy(message ->
                assertThat(message).contains("teams1 (T-NYC) java.io.UncheckedIOException: cannot write"));

        Files.delete(blocked);
        JobExecution restarted = launcher.launch(run);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(partitions(restarted)).containsOnlyKeys("renderTeams:teams1");
        assertThat(out.resolve("2026-Q3").resolve(BlueprintFiles.teamPdf("T-BER", "2026-Q3"))).isNotEmptyFile();
        assertThat(out.resolve("2026-Q3").resolve(BlueprintFiles.teamPdf("T-NYC", "2026-Q3"))).isNotEmptyFile();
    }

    private static Map<String, BatchStatus> partitions(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().startsWith("renderTeams:"))
                .collect(Collectors.toMap(StepExecution::getStepName, StepExecution::getStatus));
    }
}
