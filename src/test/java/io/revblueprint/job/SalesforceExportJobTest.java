package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.report.RenderedPdf;
import org.apache.commons.csv.CSVRecord;
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

/**
 * Unmodified Salesforce exports, found by their files and read through the preset: nothing quarantined, and the
 * won/closed counts per LeadSource and the funnel counts are the ones counted by hand in the raw files (see each
 * folder's README).
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:salesforce;DB_CLOSE_DELAY=-1")
class SalesforceExportJobTest {

    static final Path TCRM_EXCERPT = Path.of("src/test/resources/exports/salesforce-tcrm-excerpt");
    static final Path DATA_CLOUD = Path.of("src/test/resources/exports/salesforce-data-cloud-workshop");

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path out;

    @Test
    void tcrmExportWinRatesPerLeadSourceAreTheHandCountedOnes() throws Exception {
        List<CSVRecord> metrics = run(TCRM_EXCERPT, "2022-Q3");

        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "")).isEqualTo("8/23");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Fields Sales")).isEqualTo("2/5");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Other")).isEqualTo("2/5");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Reseller")).isEqualTo("2/5");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Telecoverage")).isEqualTo("0/3");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=Telesales")).isEqualTo("2/5");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source_category=SALES")).isEqualTo("4/13");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source_category=PARTNER")).isEqualTo("2/5");
    }

    @Test
    void tcrmExportDealsClosedAfterTheExportCountInItsQuarterAsOfTheExportAndDataHealthSaysHowMany() throws Exception {
        List<CSVRecord> metrics = run(TCRM_EXCERPT, "2023-Q2");

        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "")).isEqualTo("4/4");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "source=UNKNOWN")).isEqualTo("1/1");
        try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(out.resolve("2023-Q2/2023-Q2/SALES/"
                + "revenue-growth-blueprint-SALES-2023-Q2.pdf")))) {
            assertThat(pdf.text().replaceAll("\\s+", " "))
                    .contains("3 × closed deals with a CloseDate after the export: closed as of the export")
                    .contains("× closed deals with a CloseDate before their CreatedDate: a sales cycle of 0 days")
                    .contains("× skipped: open task (not done yet)");
        }
    }

    @Test
    void dataCloudExportWithoutUserFileClosesAndQualifiesAsItsFilesSay() throws Exception {
        List<CSVRecord> closes = run(DATA_CLOUD, "2023-Q4");
        assertThat(TinySnapshotJobTest.figure(closes, "ALL", "win_rate", "")).isEqualTo("6/7");

        List<CSVRecord> funnel = run(DATA_CLOUD, "2024-Q1");
        assertThat(TinySnapshotJobTest.figure(funnel, "ALL", "mql_to_sql_rate", "")).isEqualTo("24/39");
        assertThat(TinySnapshotJobTest.figure(funnel, "ALL", "mql_to_sql_rate", "source=Cold Call")).isEqualTo("9/16");
        assertThat(TinySnapshotJobTest.figure(funnel, "ALL", "mql_to_sql_rate", "source=Referral")).isEqualTo("7/12");
        assertThat(TinySnapshotJobTest.figure(funnel, "ALL", "mql_to_sql_rate", "source=Online Form")).isEqualTo("8/11");
    }

    private List<CSVRecord> run(Path export, String period) throws Exception {
        Path periodOut = out.resolve(period);
        JobExecution execution = launcher.launch(new RunParameters(export, period, periodOut, List.of(), "NONE", false));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(TinySnapshotJobTest.read(periodOut.resolve(period + "/quarantine.csv"))).isEmpty();
        return TinySnapshotJobTest.read(periodOut.resolve(period + "/metrics.csv"));
    }
}
