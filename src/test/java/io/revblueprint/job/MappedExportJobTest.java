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
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on an export read through a mapping file: the README's worked example (the Maven Analytics layout)
 * on a look-alike whose win rates per regional office were counted by hand.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:mapped;DB_CLOSE_DELAY=-1")
class MappedExportJobTest {

    static final Path MAVEN_MAPPING = Path.of("examples/mappings/maven-crm-sales-opportunities.yaml");
    private static final Path LOOK_ALIKE = Path.of("src/test/resources/exports/maven-look-alike");

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path out;

    @Test
    void winRatesPerRegionalOfficeAreTheHandCountedOnes() throws Exception {
        List<CSVRecord> metrics = ExportRuns.metrics(launcher, new RunParameters(LOOK_ALIKE, "mapping", MAVEN_MAPPING,
                null, out, List.of(), "NONE", false), "2017-Q2");

        assertThat(TinySnapshotJobTest.figure(metrics, "North", "win_rate", "")).isEqualTo("3/5");
        assertThat(TinySnapshotJobTest.figure(metrics, "South", "win_rate", "")).isEqualTo("1/4");
        assertThat(ExportRuns.figures(metrics, "ALL", "win_rate")).containsAllEntriesOf(Map.of(
                "", "4/9",
                "segment=SMB", "1/2",
                "segment=MID_MARKET", "1/3",
                "segment=ENTERPRISE", "2/4"));
        assertThat(out.resolve("2017-Q2/North/revenue-growth-blueprint-North-2017-Q2.pdf")).isNotEmptyFile();
    }

    @Test
    void theSummaryCountsWhatEachSourceFileGaveAndWhy() throws Exception {
        JobExecution execution = launcher.launch(new RunParameters(LOOK_ALIKE, null, MAVEN_MAPPING, "2017-Q2", out,
                List.of(), "NONE", false));

        long snapshot = execution.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID);
        assertThat(jdbc.queryForList("SELECT canonical_file || ' ' || source_file || ' ' || rows_read || ' ' || rows_mapped"
                + " FROM source_tally WHERE snapshot_id = ? ORDER BY canonical_file, position", String.class, snapshot))
                .containsExactly(
                        "opportunities.csv sales_pipeline.csv 14 12",
                        "opportunities.csv accounts.csv (looked up) 3 0",
                        "teams.csv sales_teams.csv (each regional_office once) 2 2",
                        "users.csv sales_teams.csv 5 5",
                        "users.csv sales_teams.csv (each manager once) 3 3");
        assertThat(execution.getExecutionContext().getString(RunKeys.SUMMARY))
                .contains("opportunities.csv ← sales_pipeline.csv: 14 read, 12 mapped, 2 skipped"
                        + " (2 prospecting deal without a date (engage_date empty)), 0 quarantined; 1 column ignored: product");
    }

    @Test
    void aTeamTheExportDoesNotHaveIsRefusedBeforeTheDealsAreImported() throws Exception {
        // An export's teams are known only once read: the check follows them, not the whole import.
        JobExecution execution = launcher.launch(new RunParameters(LOOK_ALIKE, null, MAVEN_MAPPING, "2017-Q2", out,
                List.of("Nort"), "NONE", false));

        assertThat(execution.getAllFailureExceptions()).singleElement().asString()
                .contains("unknown team 'Nort' in --teams; the snapshot's teams are North, South");
        assertThat(execution.getStepExecutions()).extracting(step -> step.getStepName())
                .containsExactly("openSnapshot", "importTeams", "checkRequest");
        // Not FAILED, to be restarted (and refused) again: --runs lists it as abandoned.
        assertThat(launcher.recentRuns().get(0).status()).isEqualTo(BatchStatus.ABANDONED);
    }

    @Test
    void theSummarySaysWhyNoEmailWentOutWhenNobodyHasAnAddress() throws Exception {
        // The Maven export names its agents and managers, none with an email address.
        JobExecution execution = launcher.launch(new RunParameters(LOOK_ALIKE, null, MAVEN_MAPPING, "2017-Q2", out,
                List.of(), "OUTBOX", false));

        assertThat(execution.getExecutionContext().getString(RunKeys.SUMMARY))
                .contains("email (outbox): nobody to send to: no active user with a valid email address leads a team"
                        + " (SALES_MANAGER, MARKETING_MANAGER), owns a fix or is an EXECUTIVE")
                .doesNotContain("0 sent");
    }

    @Test
    void anExportWithoutLeadsGetsOneDataFixForTheLeadsNotOnePerLeadDate() throws Exception {
        // The Maven layout holds deals only: "no MQLs entered" or "no SQL dates" would blame the team's process.
        launcher.launch(new RunParameters(LOOK_ALIKE, null, MAVEN_MAPPING, "2017-Q2", out, List.of(), "NONE", false));

        try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(
                out.resolve("2017-Q2/North/revenue-growth-blueprint-North-2017-Q2.pdf")))) {
            assertThat(pdf.prose()).contains("The funnel of North cannot be measured: the snapshot records no leads.",
                            "Leads are missing from the export", "MQL → SQL rate n/a not measurable: leads are missing",
                            // A target of a figure the team does not have is still said in its unit, not as 0.70.
                            "Target: MQL acceptance rate at least 70.0 %",
                            // The data-health table keeps the row, saying why there is no figure.
                            "Attribution coverage n/a Not measurable: the snapshot records no leads.",
                            "Done when the export records leads, so that")
                    .doesNotContain("No MQLs entered", "SQL dates are not recorded",
                            "Accept and reject dates are not recorded", "Lead activities are not recorded");
        }
    }
}
