package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.demo.ScaleSnapshotGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated snapshot is a valid one: the whole job imports it with nothing quarantined. */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:scale;DB_CLOSE_DELAY=-1", "blueprint.import.max-bad-row-ratio=0"})
class ScaleSnapshotJobTest {

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path temp;

    @Test
    void generatedSnapshotImportsWithNothingQuarantined() throws Exception {
        Path snapshot = new ScaleSnapshotGenerator(11, 2_500).writeTo(temp.resolve("snapshot")).folder();

        JobExecution execution = launcher.launch(new RunParameters(snapshot, "2026-Q3", temp.resolve("out"), List.of(),
                "NONE", false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readAllLines(temp.resolve("out/2026-Q3/quarantine.csv"))).hasSize(1);
        assertThat(temp.resolve("out/2026-Q3/executive-summary.pdf")).exists();
    }
}
