package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole public exports, unmodified: the TCRM demo org through the Salesforce preset and the Maven Analytics
 * data through the example mapping. Expected figures were counted in the raw files (Python's csv module: closed
 * deals by CloseDate quarter and LeadSource, a CloseDate after the export's latest SystemModstamp counted as of
 * that day; Maven deals by close_date quarter and the agent's regional office).
 */
@EnabledIf(value = "io.revblueprint.job.SharedDatasets#present", disabledReason = "../shared/datasets is not there")
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:shared;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class SharedDatasetsJobTest {

    private static final String EMPTY_FUNNEL = "no lead became an MQL in it";

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path out;

    @Test
    void tcrmDemoOrgWinRatesPerLeadSourceIn2022Q3() throws Exception {
        List<CSVRecord> metrics = run(SharedDatasets.FOLDER.resolve("salesforce-tcrm-handson-demo"), null, "2022-Q3");

        assertThat(ExportRuns.figures(metrics, "ALL", "win_rate")).containsAllEntriesOf(Map.of(
                "", "205/862",
                "source=Fields Sales", "86/417",
                "source=Other", "4/30",
                "source=Reseller", "108/376",
                "source=Telecoverage", "0/5",
                "source=Telesales", "7/34"));
    }

    @Test
    void mavenWinRatesPerRegionalOfficeIn2017Q4(CapturedOutput console) throws Exception {
        List<CSVRecord> metrics = run(SharedDatasets.FOLDER.resolve("maven-crm-sales-opportunities"),
                MappedExportJobTest.MAVEN_MAPPING, "2017-Q4");

        assertThat(TinySnapshotJobTest.figure(metrics, "Central", "win_rate", "")).isEqualTo("456/774");
        assertThat(TinySnapshotJobTest.figure(metrics, "East", "win_rate", "")).isEqualTo("312/536");
        assertThat(TinySnapshotJobTest.figure(metrics, "West", "win_rate", "")).isEqualTo("428/675");
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "win_rate", "")).isEqualTo("1196/1985");
        assertThat(console.getOut()).as("an export without leads has no funnel to miss").doesNotContain(EMPTY_FUNNEL);
    }

    /** Its 60 leads were created in January 2024; only the PDF said the quarter before had no MQL. */
    @Test
    void dataCloudsQuarterWithDealsButNoMqlsIsSaidOnTheConsole(CapturedOutput console) throws Exception {
        run(SharedDatasets.FOLDER.resolve("salesforce-data-cloud-workshop"), null, "2023-Q4");

        assertThat(console.getOut()).contains("2023-Q4: " + EMPTY_FUNNEL)
                .contains("the snapshot's MQLs are dated 2024-01-", "--period=2024-Q1 holds the latest");
    }

    private List<CSVRecord> run(Path export, Path mapping, String period) throws Exception {
        return ExportRuns.metrics(launcher, new RunParameters(export, null, mapping, period, out, List.of(), "NONE",
                false), period);
    }
}
