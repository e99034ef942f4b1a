package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.demo.DemoSnapshot;
import io.revblueprint.demo.DemoSnapshotGenerator;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's metrics.csv on the demo snapshot against an independent, naive reading of the contract
 * ({@link MetricsReference}): every row, both ways (none missing, none extra), for a quarter and for a month.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:metrics-reference;DB_CLOSE_DELAY=-1")
class MetricsMatchReferenceTest {

    @TempDir
    static Path temp;

    static DemoSnapshot demo;

    @Autowired
    BlueprintLauncher launcher;

    @BeforeAll
    static void generate() throws Exception {
        demo = new DemoSnapshotGenerator(20261002L).writeTo(Files.createDirectories(temp.resolve("snapshot")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q3", "2026-09"})
    void everyRowMatchesTheReference(String period) throws Exception {
        Path out = temp.resolve("out-" + period);
        JobExecution execution = launcher.launch(new RunParameters(demo.folder(), period, out, List.of(), "NONE", false));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<CSVRecord> metrics = TinySnapshotJobTest.read(out.resolve(period + "/metrics.csv"));
        List<MetricsReference.Row> expected = MetricsReference.expected(demo.folder(), quarantined(out, period), period, "EUR");

        assertThat(MetricsReference.differences(metrics, expected)).isEmpty();
        assertThat(metrics).hasSizeGreaterThan(300);
    }

    /** The job's quarantine as {@code file:line}, so the reference leaves out exactly what the import rejected. */
    static Set<String> quarantined(Path out, String period) throws Exception {
        return TinySnapshotJobTest.read(out.resolve(period + "/quarantine.csv")).stream()
                .map(row -> row.get("file") + ":" + row.get("line")).collect(Collectors.toSet());
    }
}
