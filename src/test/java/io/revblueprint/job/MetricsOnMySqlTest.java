package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The edge-case snapshot's metrics computed on MySQL through Connector/J match the reference row for row. */
@EnabledOnMySql
@SpringBootTest(classes = RevenueBlueprintApplication.class)
class MetricsOnMySqlTest {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry);
    }

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "2026-Q4"})
    void everyRowMatchesTheReference(String period) throws Exception {
        JobExecution execution = launcher.launch(
                new RunParameters(MetricsEdgeCasesJobTest.EDGE, period, out, List.of(), "NONE", false));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<CSVRecord> metrics = TinySnapshotJobTest.read(out.resolve(period + "/metrics.csv"));
        List<MetricsReference.Row> expected = MetricsReference.expected(MetricsEdgeCasesJobTest.EDGE, Set.of(), period, "EUR");
        assertThat(MetricsReference.differences(metrics, expected)).isEmpty();
    }
}
