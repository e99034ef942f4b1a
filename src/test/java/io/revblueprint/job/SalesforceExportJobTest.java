package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.report.RenderedPdf;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

        assertThat(ExportRuns.figures(metrics, "ALL", "win_rate")).containsAllEntriesOf(Map.of(
                "", "8/23",
                "source=Fields Sales", "2/5",
                "source=Other", "2/5",
                "source=Reseller", "2/5",
                "source=Telecoverage", "0/3",
                "source=Telesales", "2/5",
                "source_category=SALES", "4/13",
                "source_category=PARTNER", "2/5"));
    }

    @Test
    void tcrmExportDealsClosedAfterTheExportCountInItsQuarterAsOfTheExportAndDataHealthSaysHowMany() throws Exception {
        List<CSVRecord> metrics = run(TCRM_EXCERPT, "2023-Q2");

        assertThat(ExportRuns.figures(metrics, "ALL", "win_rate")).containsAllEntriesOf(Map.of(
                "", "4/4",
                "source=UNKNOWN", "1/1"));
        try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(out.resolve("2023-Q2/2023-Q2/SALES/"
                + "revenue-growth-blueprint-SALES-2023-Q2.pdf")))) {
            assertThat(pdf.text().replaceAll("\\s+", " "))
                    .contains("3 × closed deals with a CloseDate after the export: closed as of the export")
                    .contains("× closed deals with a CloseDate before their CreatedDate: a sales cycle of 0 days")
                    .contains("× skipped: open task (not done yet)")
                    .as("an org without CurrencyIsoCode: page 1 says the run's currency was assumed")
                    .contains("amounts in EUR (assumed: the export names no currency)");
        }
    }

    @Test
    void dataCloudExportWithoutUserFileClosesAndQualifiesAsItsFilesSay() throws Exception {
        List<CSVRecord> closes = run(DATA_CLOUD, "2023-Q4");
        assertThat(TinySnapshotJobTest.figure(closes, "ALL", "win_rate", "")).isEqualTo("6/7");

        List<CSVRecord> funnel = run(DATA_CLOUD, "2024-Q1");
        assertThat(ExportRuns.figures(funnel, "ALL", "mql_to_sql_rate")).containsAllEntriesOf(Map.of(
                "", "24/39",
                "source=Cold Call", "9/16",
                "source=Referral", "7/12",
                "source=Online Form", "8/11"));
    }

    private List<CSVRecord> run(Path export, String period) throws Exception {
        return ExportRuns.metrics(launcher, new RunParameters(export, period, out.resolve(period), List.of(), "NONE",
                false), period);
    }
}
