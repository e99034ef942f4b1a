package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole job on a hand-made snapshot whose bad rows and figures were worked out by hand. */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:tiny;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9"})
@ExtendWith(OutputCaptureExtension.class)
class TinySnapshotJobTest {

    static final Path TINY = Path.of("src/test/resources/snapshots/tiny");

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path out;

    /** A misnamed holidays.csv changed SLA figures without a word: the teams' holidays counted as working days. */
    @Test
    void teamsWhoseHolidayCalendarHasNoDatesAreWarnedOf(@TempDir Path snapshot, CapturedOutput console) throws Exception {
        try (var files = Files.list(TINY)) {
            for (Path file : files.toList()) {
                Files.copy(file, snapshot.resolve(file.getFileName().toString().equals("holidays.csv") ? "Holidays.csv"
                        : file.getFileName().toString()));
            }
        }

        JobExecution execution = launcher.launch(new RunParameters(snapshot, "2026-Q3", out, List.of(), "NONE", false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(console.getOut()).contains("WARN  holidays.csv holds no date of the holiday calendars DE (T-BER), US"
                + " (T-NYC): those teams' business hours count no public holiday")
                .as("the run's id, which --runs lists").contains("INFO  Run " + execution.getJobInstance().getInstanceId()
                        + " started (nightlyBlueprint)");
    }

    /**
     * An activities.csv cut to its header replaced the night before's figures, exit 0 and no warning. Of a snapshot
     * that names no company, as the presets' do: compared with the previous one that names none.
     */
    @Test
    void aFileWithUnderHalfThePreviousSnapshotsRowsIsWarnedOf(@TempDir Path snapshot, CapturedOutput console)
            throws Exception {
        try (var files = Files.list(TINY)) {
            for (Path file : files.toList()) {
                Files.copy(file, snapshot.resolve(file.getFileName()));
            }
        }
        Path manifest = snapshot.resolve("snapshot.json");
        Files.writeString(manifest, Files.readString(manifest).replaceAll("\"company\"\\s*:\\s*\"[^\"]*\",?", ""));
        assertThat(Files.readString(manifest)).doesNotContain("company");
        launcher.launch(new RunParameters(snapshot, "2026-Q3", out, List.of(), "NONE", false));
        Path activities = snapshot.resolve("activities.csv");
        Files.writeString(activities, Files.readAllLines(activities).get(0) + "\n");

        JobExecution cutShort = launcher.launch(new RunParameters(snapshot, "2026-Q3", out, List.of(), "NONE", false));

        assertThat(cutShort.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(console.getOut()).contains("WARN  activities.csv holds 0 rows, the previous snapshot's 12 (as of"
                + " 2026-10-01T06:00:00Z): was the export cut short?");
    }

    /** It read "unknown team 'T-BAD'", which the check before the import had listed among the snapshot's teams. */
    @Test
    void aQuarantinedTeamInTeamsSaysWhyItWasQuarantined() throws Exception {
        JobExecution run = launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of("T-BAD"), "NONE", false));

        // A wrong command line, refused: nothing to restart.
        assertThat(run.getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(run.getAllFailureExceptions()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("T-BAD in --teams was quarantined (teams.csv line 4, timezone: ")
                .contains("Mars/Olympus").endsWith("); correct its row and run again");
    }

    @Test
    void quarantinesExactlyThePlantedRows() throws Exception {
        JobExecution execution = launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "NONE", false));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(read(out.resolve("2026-Q3/quarantine.csv")))
                .extracting(row -> row.get("file") + ":" + row.get("line") + ":" + row.get("column"))
                .containsExactly(
                        "activities.csv:5:lead_id", "activities.csv:6:opportunity_id", "activities.csv:7:owner_id",
                        "activities.csv:8:lead_id", "activities.csv:9:type", "activities.csv:10:activity_id",
                        "activities.csv:11:lead_id",
                        "leads.csv:7:created_at", "leads.csv:8:sql_at", "leads.csv:9:lead_id",
                        "leads.csv:10:source_category", "leads.csv:11:score",
                        "leads.csv:14:created_at",
                        "opportunities.csv:4:amount", "opportunities.csv:5:is_won", "opportunities.csv:6:owner_id",
                        "opportunities.csv:7:closed_at", "opportunities.csv:8:closed_at", "opportunities.csv:9:is_closed",
                        "opportunity_stages.csv:4:opportunity_id",
                        "teams.csv:4:timezone",
                        "users.csv:7:team_id");
    }

    @Test
    void quarantineKeepsReasonAndRawRow() throws Exception {
        launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "NONE", false));

        List<CSVRecord> rows = read(out.resolve("2026-Q3/quarantine.csv"));
        assertThat(find(rows, "activities.csv", "11").get("reason")).isEqualTo("unknown lead L-5: not in leads.csv, or quarantined there");
        assertThat(find(rows, "leads.csv", "9").get("reason")).isEqualTo("duplicate lead_id L-1");
        assertThat(find(rows, "leads.csv", "8").get("reason")).isEqualTo("sql_at before mql_at");
        assertThat(find(rows, "opportunities.csv", "6").get("reason")).isEqualTo("unknown user U-77: not in users.csv, or quarantined there");
        assertThat(find(rows, "leads.csv", "7").get("raw")).startsWith("L-5,yesterday,U-2,Webinar");
    }

    @Test
    void computesHandCheckedMetrics() throws Exception {
        launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "NONE", false));

        List<CSVRecord> metrics = read(out.resolve("2026-Q3/metrics.csv"));
        assertThat(figure(metrics, "ALL", "response_sla_compliance", "")).isEqualTo("2/5");
        assertThat(figure(metrics, "T-BER", "response_sla_compliance", "")).isEqualTo("1/2");
        assertThat(figure(metrics, "T-BER", "response_sla_compliance", "tier=HIGH_INTENT")).isEqualTo("1/1");
        assertThat(figure(metrics, "T-NYC", "response_sla_compliance", "")).isEqualTo("1/1");
        assertThat(figure(metrics, "UNASSIGNED", "response_sla_compliance", "")).isEqualTo("0/2");
        assertThat(figure(metrics, "ALL", "mql_to_sql_rate", "")).isEqualTo("1/5");
        assertThat(figure(metrics, "ALL", "mql_to_sql_rate", "source=Webinar")).isEqualTo("1/2");
        assertThat(figure(metrics, "ALL", "win_rate", "")).isEqualTo("1/2");
        assertThat(figure(metrics, "T-BER", "win_rate", "source=Webinar")).isEqualTo("1/1");
        assertThat(figure(metrics, "T-NYC", "win_rate", "source=Outbound")).isEqualTo("0/1");
    }

    @Test
    void rendersOnePdfPerTeamAndTheExecutiveSummary() throws Exception {
        launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "NONE", false));

        assertThat(out.resolve("2026-Q3/T-BER/revenue-growth-blueprint-T-BER-2026-Q3.pdf")).isNotEmptyFile();
        assertThat(out.resolve("2026-Q3/T-NYC/revenue-growth-blueprint-T-NYC-2026-Q3.pdf")).isNotEmptyFile();
        assertThat(out.resolve("2026-Q3/executive-summary.pdf")).isNotEmptyFile();
        assertThat(out.resolve("2026-Q3/UNASSIGNED")).doesNotExist();
        assertThat(out.resolve(".staging")).as("nothing left").doesNotExist();
    }

    @Test
    void emailsEachLeaderOncePerPeriodUnlessForced() throws Exception {
        Path outbox = out.resolve("outbox");
        launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "OUTBOX", false));
        List<Path> first = emails(outbox);

        // Leaders get their team's blueprint. Rita (RevOps) owns each team's data fix (the leads name no campaign)
        // and the company plan, so she gets both blueprints and the executive summary that holds the plan.
        assertThat(first).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder(
                "2026-q3__t-ber__juergen@tiny.example.eml", "2026-q3__t-nyc__mia@tiny.example.eml",
                "2026-q3__t-ber__rita@tiny.example.eml", "2026-q3__t-nyc__rita@tiny.example.eml",
                "2026-q3__all__rita@tiny.example.eml");
        Path toBerlin = outbox.resolve("2026-q3__t-ber__juergen@tiny.example.eml");
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), Files.newInputStream(toBerlin));
        assertThat(message.getSubject()).startsWith("Revenue Growth Blueprint — ").endsWith(" — 2026-Q3");
        assertThat(pdfAttachments(message)).singleElement().satisfies(pdf ->
                assertThat(pdf.getFileName()).isEqualTo("revenue-growth-blueprint-T-BER-2026-Q3.pdf"));

        Files.delete(toBerlin);
        JobExecution repeat = launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "OUTBOX", false));
        assertThat(repeat.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(emails(outbox)).hasSize(4);

        launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "OUTBOX", true));
        assertThat(emails(outbox)).hasSize(5);
    }

    /**
     * --teams to re-issue one team's blueprint replaced the whole period, and mailed executives an "executive
     * summary" of that one team, which the delivery log then counted as their summary of the period.
     */
    @Test
    void aRunForChosenTeamsReplacesOnlyTheirBlueprintsAndMailsNoExecutiveSummary() throws Exception {
        launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "NONE", false));
        Path newYork = out.resolve("2026-Q3/T-NYC/revenue-growth-blueprint-T-NYC-2026-Q3.pdf");
        FileTime newYorkBefore = Files.getLastModifiedTime(newYork);
        String metricsBefore = Files.readString(out.resolve("2026-Q3/metrics.csv"));

        // Forced: the context's database is shared, and other tests have delivered this period.
        JobExecution berlin = launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of("T-BER"), "OUTBOX",
                true));

        assertThat(berlin.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.getLastModifiedTime(newYork)).isEqualTo(newYorkBefore);
        assertThat(out.resolve("2026-Q3/T-BER/revenue-growth-blueprint-T-BER-2026-Q3.pdf")).isNotEmptyFile();
        assertThat(out.resolve("2026-Q3/executive-summary.pdf")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("2026-Q3/metrics.csv"))).isEqualTo(metricsBefore);
        assertThat(emails(out.resolve("outbox"))).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("2026-q3__t-ber__juergen@tiny.example.eml",
                        "2026-q3__t-ber__rita@tiny.example.eml");
        assertThat(berlin.getExecutionContext().getString(RunKeys.SUMMARY)).contains("1 team blueprint PDF in",
                "no executive summary", "other teams, CSV files and executive summary are as an earlier run published");
        assertThat(out.resolve(".staging")).as("nothing left").doesNotExist();

        launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of(), "OUTBOX", true));
        assertThat(emails(out.resolve("outbox"))).as("the whole company's summary still reaches Rita")
                .extracting(path -> path.getFileName().toString()).contains("2026-q3__all__rita@tiny.example.eml");
    }

    /** The summary read "metrics.csv: 371 rows" for a file of the chosen team's and ALL's 146. */
    @Test
    void aFirstTeamsRunCountsTheRowsItsFilesHold() throws Exception {
        JobExecution berlin = launcher.launch(new RunParameters(TINY, "2026-Q3", out, List.of("T-BER"), "NONE",
                false));

        assertThat(berlin.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> rows = Files.readAllLines(out.resolve("2026-Q3/metrics.csv"));
        assertThat(rows.subList(1, rows.size())).isNotEmpty()
                .allMatch(row -> row.startsWith("T-BER,") || row.startsWith("ALL,"));
        assertThat(berlin.getExecutionContext().getString(RunKeys.SUMMARY))
                .contains("metrics.csv: " + (rows.size() - 1) + " rows (of the chosen teams and ALL)");
    }

    /** The message's parts with a PDF content type, at any depth. */
    static List<Part> pdfAttachments(Part part) throws Exception {
        List<Part> found = new java.util.ArrayList<>();
        if (part.isMimeType("application/pdf")) {
            found.add(part);
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(pdfAttachments(multipart.getBodyPart(i)));
            }
        }
        return found;
    }

    private static List<Path> emails(Path outbox) throws IOException {
        try (var files = Files.list(outbox)) {
            return files.sorted().toList();
        }
    }

    static String figure(List<CSVRecord> rows, String scope, String metric, String dimension) {
        return rows.stream()
                .filter(row -> row.get("scope").equals(scope) && row.get("metric").equals(metric)
                        && row.get("dimension").equals(dimension))
                .map(row -> row.get("numerator") + "/" + row.get("denominator"))
                .findFirst().orElse("missing");
    }

    private static CSVRecord find(List<CSVRecord> rows, String file, String line) {
        Optional<CSVRecord> found = rows.stream()
                .filter(row -> row.get("file").equals(file) && row.get("line").equals(line)).findFirst();
        return found.orElseThrow();
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
