package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

        assertThat(ExportRuns.figures(metrics, "ALL", "win_rate")).containsAllEntriesOf(Map.of(
                "", "4/8",
                "source=Organic Search", "2/3",
                "source=Paid Search", "1/3",
                "source=Referrals", "1/1",
                "source=Offline Sources", "0/1"));
        assertThat(ExportRuns.figures(metrics, "ALL", "mql_to_sql_rate")).containsAllEntriesOf(Map.of(
                "source=Organic Search", "2/3",
                "source=Paid Search", "1/2",
                "source=Referrals", "1/1"));
    }

    @Test
    void newerPortalExportWinRatesPerSource() throws Exception {
        List<CSVRecord> metrics = run(Path.of("src/test/resources/exports/hubspot-newer-portal"));

        assertThat(ExportRuns.figures(metrics, "ALL", "win_rate")).containsAllEntriesOf(Map.of(
                "", "3/5",
                "source=Organic Search", "1/2",
                "source=Paid Social", "2/2",
                "source=Other Campaigns", "0/1"));
    }

    private List<CSVRecord> run(Path export) throws Exception {
        return ExportRuns.metrics(launcher, new RunParameters(export, null, out, List.of(), "NONE", false), "2025-Q2");
    }
}
