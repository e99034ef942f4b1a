package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.demo.DemoSnapshot;
import io.revblueprint.demo.DemoSnapshotGenerator;
import org.apache.commons.csv.CSVRecord;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The whole job on the demo snapshot: exactly the planted rows are quarantined, every team gets its outputs. */
@SpringBootTest(classes = RevenueBlueprintApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:demo-job;DB_CLOSE_DELAY=-1")
class DemoSnapshotJobTest {

    @TempDir
    static Path temp;

    static DemoSnapshot demo;
    static JobExecution execution;

    @BeforeAll
    static void generate() throws Exception {
        demo = new DemoSnapshotGenerator(20261002L).writeTo(Files.createDirectories(temp.resolve("snapshot")));
    }

    @Autowired
    void run(BlueprintLauncher launcher) throws Exception {
        if (execution == null) {
            execution = launcher.launch(new RunParameters(demo.folder(), null, temp.resolve("out"), List.of(), "OUTBOX", false));
        }
    }

    @Test
    void completesForTheDefaultPeriod() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(temp.resolve("out/2026-Q3")).isDirectory();
    }

    @Test
    void quarantinesExactlyThePlantedRows() throws Exception {
        List<CSVRecord> quarantine = TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/quarantine.csv"));

        assertThat(quarantine).extracting(row -> row.get("file") + ":" + row.get("line") + ":" + row.get("column"))
                .containsExactlyInAnyOrderElementsOf(demo.plantedBadRows().stream()
                        .map(row -> row.file() + ":" + row.line() + ":" + row.column()).toList());
    }

    @Test
    void everySalesTeamGetsABlueprintAndItsLeaderAnEmail() throws Exception {
        for (String team : List.of("T-BER", "T-NYC", "T-SIN", "T-SYD")) {
            assertThat(temp.resolve("out/2026-Q3/" + team + "/revenue-growth-blueprint-" + team + "-2026-Q3.pdf"))
                    .isNotEmptyFile();
        }
        assertThat(temp.resolve("out/2026-Q3/executive-summary.pdf")).isNotEmptyFile();
        try (var emails = Files.list(temp.resolve("out/outbox"))) {
            assertThat(emails.map(path -> path.getFileName().toString()).toList())
                    .anyMatch(name -> name.contains("__t-ber__"))
                    .anyMatch(name -> name.contains("__all__"))
                    .hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void writesMetricsAndFixesForEveryTeam() throws Exception {
        List<CSVRecord> metrics = TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/metrics.csv"));
        assertThat(metrics).extracting(row -> row.get("scope")).contains("ALL", "T-BER", "T-NYC", "T-SIN", "T-SYD");
        List<CSVRecord> fixes = TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/fixes.csv"));
        assertThat(fixes).extracting(row -> row.get("scope")).contains("T-NYC");
        assertThat(fixes).allSatisfy(fix -> assertThat(fix.get("owner_name")).isNotEmpty());
    }
}
