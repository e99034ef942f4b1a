package io.revblueprint.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.revblueprint.RevenueBlueprintApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** After a run the registry holds what it did: Batch's job and step timers and our counters. */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:run-metrics;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9"})
class RunMetricsJobTest {

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    MeterRegistry registry;

    @TempDir
    Path temp;

    @Test
    void theRegistryCountsRowsPdfsAndEmailsAndTimesTheJobAndItsSteps() throws Exception {
        assertThat(launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", temp.resolve("out"), List.of(),
                "OUTBOX", false)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(registry.counter("blueprint.rows.imported").count()).isEqualTo(25);
        assertThat(registry.counter("blueprint.rows.quarantined").count()).isEqualTo(22);
        assertThat(registry.counter("blueprint.pdfs").count()).isEqualTo(3);
        assertThat(registry.counter("blueprint.emails.sent").count()).isEqualTo(5);
        assertThat(registry.counter("blueprint.emails.failed").count()).isZero();
        assertThat(registry.counter("blueprint.runs", "status", "COMPLETED").count()).isEqualTo(1);
        assertThat(registry.find("spring.batch.job").tag("spring.batch.job.name", RunKeys.JOB_NAME).timer())
                .isNotNull().extracting(timer -> timer.count()).isEqualTo(1L);
        assertThat(registry.find("spring.batch.step").tag("spring.batch.step.name", "renderBlueprints").timer()).isNotNull();
    }
}
