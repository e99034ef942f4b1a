package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.cli.CommandLineApp;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on MySQL through Connector/J: Flyway migrations, the job repository, the import through LOAD DATA
 * LOCAL INFILE (every value arrives as it was, the quarantine is H2's) and outputs.
 */
@EnabledOnMySql
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "blueprint.import.max-bad-row-ratio=0.9", "blueprint.import.chunk-size=2"})
class MySqlJobTest {

    /** Characters LOAD DATA treats specially, plus text that only looks like its NULL. */
    private static final String TRICKY = "Tab\there, back\\slash, \\N, quote \" and Umlaut ä € 😀";

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry);
    }

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path out;

    /** A typo in the database's name printed "MetaDataAccessException: Could not get Connection …". */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anUnknownDatabaseIsNamedWithWhatToDo(CapturedOutput console) {
        String url = MySqlDatabase.sibling("_no_such_db");
        String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");

        int exit = CommandLineApp.run(RevenueBlueprintApplication.class, "--runs", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + MySqlDatabase.user(),
                "--spring.datasource.password=" + MySqlDatabase.password());

        assertThat(exit).isEqualTo(1);
        assertThat(console.getErr()).contains("revenue-blueprint: the database " + url + " as " + MySqlDatabase.user()
                        + " does not exist on that server (Unknown database ")
                .contains("create it with CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4, or correct"
                        + " spring.datasource.url");
    }

    @Test
    void runsTheWholeJobOnMySql() throws Exception {
        JobExecution execution = launcher.launch(
                new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "NONE", false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quarantine WHERE snapshot_id = ?", Long.class,
                execution.getExecutionContext().getLong("snapshot.id"))).isEqualTo(22L);
        List<CSVRecord> metrics = TinySnapshotJobTest.read(out.resolve("2026-Q3/metrics.csv"));
        assertThat(metrics).anyMatch(row -> row.get("scope").equals("ALL") && row.get("metric").equals("win_rate")
                && row.get("numerator").equals("1") && row.get("denominator").equals("2"));
    }

    @Test
    void valuesArriveExactlyAndTheQuarantineIsTheSameAsOnH2() throws Exception {
        Path snapshot = out.resolve("tiny");
        FileSystemUtils.copyRecursively(TinySnapshotJobTest.TINY, snapshot);
        Path leads = snapshot.resolve("leads.csv");
        Files.writeString(leads, Files.readString(leads).replaceFirst(",Software,", Matcher.quoteReplacement(",\""
                + TRICKY.replace("\"", "\"\"") + "\",")).replaceFirst(",Software,", ",\"two\nlines\","), StandardCharsets.UTF_8);
        // Duplicates in chunks (of 2) where every row passed, which MySQL's LOAD DATA refuses and H2's checks catch:
        // within the chunk, [A-1, A-3] both stored by earlier chunks.
        Path activities = snapshot.resolve("activities.csv");
        String first = "A-1,L-1,,U-2,EMAIL,2026-07-01T08:00:30Z,true\n";
        String third = "A-3,L-3,,U-4,CALL,2026-07-02T15:00:00Z,false\n";
        Files.writeString(activities, Files.readString(activities).replace(third, third + third + first + third));

        JobExecution execution = launcher.launch(new RunParameters(snapshot, "2026-Q3", out.resolve("mysql"), List.of(),
                "NONE", false));
        int h2 = CommandLineApp.run(RevenueBlueprintApplication.class, "--snapshot=" + snapshot, "--period=2026-Q3",
                "--out=" + out.resolve("h2"), "--email=none", "--blueprint.import.max-bad-row-ratio=0.9",
                "--blueprint.import.chunk-size=2",
                "--spring.datasource.url=jdbc:h2:mem:loaddata;DB_CLOSE_DELAY=-1");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(h2).isZero();
        assertThat(jdbc.queryForObject("SELECT @@GLOBAL.local_infile", Boolean.class))
                .as("the server takes LOAD DATA LOCAL INFILE, the path under test").isTrue();
        long snapshotId = execution.getExecutionContext().getLong("snapshot.id");
        assertThat(jdbc.queryForList("SELECT industry FROM crm_lead WHERE snapshot_id = ? AND lead_id IN ('L-1', 'L-2')"
                + " ORDER BY lead_id", String.class, snapshotId)).containsExactly(TRICKY, "two\nlines");
        assertThat(Files.readString(out.resolve("mysql/2026-Q3/quarantine.csv")))
                .isEqualTo(Files.readString(out.resolve("h2/2026-Q3/quarantine.csv")))
                .contains("unknown lead L-5: not in leads.csv, or quarantined there", "duplicate activity_id A-2", "duplicate lead_id L-1",
                        "duplicate activity_id A-3", "duplicate activity_id A-1");
        assertThat(Files.readString(out.resolve("mysql/2026-Q3/quarantine.csv"))).containsPattern(
                "(?s)(duplicate activity_id A-3.*){2}");
    }
}
