package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --source=jdbc: a Fivetran-style replica of Salesforce on MySQL, loaded from a fixture into a database beside
 * the test database, pulled in one consistent read and read by the Salesforce preset; soft-deleted rows are left
 * out and counted, the figures are the fixture's hand counts.
 */
@EnabledOnMySql
@SpringBootTest(classes = RevenueBlueprintApplication.class)
class ReplicaJobTest {

    private static final String REPLICA = "_replica";

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry);
        registry.add("blueprint.source.jdbc.url", () -> MySqlDatabase.sibling(REPLICA));
        registry.add("blueprint.source.jdbc.username", MySqlDatabase::user);
        registry.add("blueprint.source.jdbc.password", MySqlDatabase::password);
    }

    @BeforeAll
    static void loadReplica() throws SQLException, IOException {
        String database = MySqlDatabase.sibling(REPLICA).replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection server = DriverManager.getConnection(MySqlDatabase.url(), MySqlDatabase.user(), MySqlDatabase.password());
             Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        }
        String fixture = Files.readString(Path.of("src/test/resources/replica/salesforce-replica.sql"));
        try (Connection replica = DriverManager.getConnection(MySqlDatabase.sibling(REPLICA), MySqlDatabase.user(),
                MySqlDatabase.password()); Statement statement = replica.createStatement()) {
            for (String sql : fixture.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path out;

    @Test
    void pullsTheReplicaAndReadsItAsASalesforceExport() throws Exception {
        JobExecution execution = launcher.launch(new RunParameters(null, "jdbc", null, "2025-Q3", out, List.of(),
                "NONE", false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<CSVRecord> metrics = TinySnapshotJobTest.read(out.resolve("2025-Q3/metrics.csv"));
        assertThat(ExportRuns.figures(metrics, "ALL", "win_rate")).containsAllEntriesOf(Map.of(
                "", "3/5",
                "source=Web", "2/3",
                "source=Partner Referral", "1/2"));
        assertThat(TinySnapshotJobTest.figure(metrics, "ALL", "mql_to_sql_rate", "")).isEqualTo("1/3");
        assertThat(TinySnapshotJobTest.read(out.resolve("2025-Q3/quarantine.csv"))).isEmpty();
        assertThat(out.resolve("2025-Q3/00E000000000001AAA/revenue-growth-blueprint-00E000000000001AAA-2025-Q3.pdf"))
                .as("the role's team").isNotEmptyFile();
        long snapshot = execution.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID);
        assertThat(jdbc.queryForList("SELECT details FROM source_tally WHERE snapshot_id = ? AND source_file = ?",
                String.class, snapshot, "Opportunity.csv")).singleElement().asString().contains("\"deleted\":2");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_stage_change WHERE snapshot_id = ?", Long.class, snapshot))
                .as("the history row that changed the amount only is no stage change").isEqualTo(2L);
        assertThat(Path.of(execution.getExecutionContext().getString(RunKeys.SNAPSHOT_FOLDER)))
                .as("the pulled files go when the run is done").doesNotExist();
    }
}
