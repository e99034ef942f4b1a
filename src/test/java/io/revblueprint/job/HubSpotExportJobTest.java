package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HubSpot exports written from the documented headers, found by their files and read through the preset: nothing
 * quarantined, won/closed and MQL→SQL per Original Source as counted by hand (each folder's README).
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:hubspot;DB_CLOSE_DELAY=-1")
class HubSpotExportJobTest {

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path out;

    @Test
    void classicExportWinRatesAndQualificationPerSource() throws Exception {
        List<CSVRecord> metrics = run(Path.of("src/test/resources/exports/hubspot-classic"));

        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "")).isEqualTo("4/8");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Organic Search")).isEqualTo("2/3");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Paid Search")).isEqualTo("1/3");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Referrals")).isEqualTo("1/1");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Offline Sources")).isEqualTo("0/1");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "mql_to_sql_rate", "source=Organic Search")).isEqualTo("2/3");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "mql_to_sql_rate", "source=Paid Search")).isEqualTo("1/2");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "mql_to_sql_rate", "source=Referrals")).isEqualTo("1/1");
    }

    @Test
    void newerPortalExportWinRatesPerSource() throws Exception {
        List<CSVRecord> metrics = run(Path.of("src/test/resources/exports/hubspot-newer-portal"));

        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "")).isEqualTo("3/5");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Organic Search")).isEqualTo("1/2");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Paid Social")).isEqualTo("2/2");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Other Campaigns")).isEqualTo("0/1");
    }

    private List<CSVRecord> run(Path export) throws Exception {
        JobExecution execution = launcher.launch(new RunParameters(export, null, out, List.of(), "NONE", false));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(TinySnapshotJobTest.read(out.resolve("2025-Q2/quarantine.csv"))).isEmpty();
        return TinySnapshotJobTest.read(out.resolve("2025-Q2/metrics.csv"));
    }
}
