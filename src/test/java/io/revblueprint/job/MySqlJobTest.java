package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole job on MySQL through Connector/J: Flyway migrations, the job repository, import and outputs. */
@EnabledOnMySql
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = "blueprint.import.max-bad-row-ratio=0.9")
class MySqlJobTest {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry);
    }

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path out;

    @Test
    void runsTheWholeJobOnMySql() throws Exception {
        JobExecution execution = launcher.launch(
                new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quarantine WHERE snapshot_id = ?", Long.class,
                execution.getExecutionContext().getLong("snapshot.id"))).isEqualTo(22L);
        List<CSVRecord> metrics = TinySnapshotJobTest.read(out.resolve("2026-Q3/metrics.csv"));
        assertThat(metrics).anyMatch(row -> row.get("scope").equals("ALL") && row.get("metric").equals("win_rate")
                && row.get("numerator").equals("1") && row.get("denominator").equals("2"));
    }
}
