package io.revblueprint.cli;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.job.TinySnapshotCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and the single line on standard error, for the mistakes people make. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineAppTest {

    static final Path TINY = Path.of("src/test/resources/snapshots/tiny");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--snapshot=" + TINY, "--verbose")).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).singleElement().asString()
                .startsWith("revenue-blueprint: unknown option --verbose; usage:");
    }

    @Test
    void missingSnapshotFolderSaysSo() {
        assertThat(run("--snapshot=" + temp.resolve("nowhere"))).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).singleElement().asString().contains("does not exist");
    }

    @Test
    void anUnknownSourceListsTheKindsAndAMissingMappingFileIsNamed() {
        assertThat(run("--snapshot=" + TINY, "--source=zoho")).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--snapshot=" + TINY, "--mapping=" + temp.resolve("nope.yaml"))).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).containsExactly(
                "revenue-blueprint: --source=zoho is not one of canonical|salesforce|hubspot|jdbc|mapping",
                "revenue-blueprint: mapping file " + temp.resolve("nope.yaml") + " does not exist");
    }

    @Test
    void badPeriodListsTheAcceptedForms() {
        assertThat(run("--snapshot=" + TINY, "--period=Q3-2026")).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).singleElement().asString().contains("Q3-2026").contains("2026-W38");
    }

    @Test
    void missingColumnFailsTheRunNamingFileAndColumn() throws IOException {
        Path snapshot = TinySnapshotCopy.into(temp.resolve("snapshot"));
        Path leads = snapshot.resolve("leads.csv");
        Files.writeString(leads, Files.readString(leads).replaceFirst("Source,", "Origin,"));

        assertThat(run("--snapshot=" + snapshot, "--out=" + temp.resolve("out"), "--email=none",
                "--spring.datasource.url=jdbc:h2:mem:cli-missing-column;DB_CLOSE_DELAY=-1")).isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).singleElement().asString()
                .contains("leads.csv: required column 'source' is missing");
        assertThat(temp.resolve("out/2026-Q3")).doesNotExist();
    }

    @Test
    void anUnreadableFileFailsWithOurMessageNotTheParsers() throws IOException {
        Path snapshot = TinySnapshotCopy.into(temp.resolve("snapshot"));
        Files.writeString(snapshot.resolve("campaigns.csv"), "campaign_id,name\nC-1,\"never closed\n");

        assertThat(run("--snapshot=" + snapshot, "--out=" + temp.resolve("out"), "--email=none",
                "--spring.datasource.url=jdbc:h2:mem:cli-unreadable;DB_CLOSE_DELAY=-1")).isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).singleElement().asString()
                .contains("campaigns.csv line 2:").contains("fix the file");
    }

    @Test
    void tooManyBadRowsFailsWithoutPublishing() {
        assertThat(run("--snapshot=" + TINY, "--period=2026-Q3", "--out=" + temp.resolve("out"), "--email=none",
                "--spring.datasource.url=jdbc:h2:mem:cli-bad-rows;DB_CLOSE_DELAY=-1")).isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).singleElement().asString()
                .contains("import rejected: 22 of 47 rows").contains("max-bad-row-ratio=0.01")
                .contains("most in activities.csv (7), leads.csv (6), opportunities.csv (6)")
                .contains("most often lead_id: unknown lead …: not in leads.csv, or quarantined there (2, first activities.csv"
                        + " line 5); opportunity_id: unknown opportunity …: not in opportunities.csv, or quarantined there (2,");
        assertThat(temp.resolve("out/2026-Q3")).doesNotExist();
        assertThat(temp.resolve("out/rejected-import/2026-Q3-run1/quarantine.csv")).content()
                .startsWith("file,line,column,reason,raw,source_file,source_line").hasLineCount(23);
    }

    @Test
    void successPrintsWhereTheOutputsAre() {
        assertThat(run("--snapshot=" + TINY, "--period=2026-Q3", "--out=" + temp.resolve("out"), "--email=outbox",
                "--blueprint.import.max-bad-row-ratio=0.9",
                "--spring.datasource.url=jdbc:h2:mem:cli-success;DB_CLOSE_DELAY=-1")).isEqualTo(CommandLineApp.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Revenue Growth Blueprint 2026-Q3 is ready")
                .contains("2 team blueprint PDFs").contains("quarantine.csv: 22 rejected input rows")
                .contains("5 written to " + temp.resolve("out/outbox"))
                .contains("  leads.csv: 12 read, 12 mapped, 6 quarantined; 1 column ignored: extra_column");
    }

    /** A QBR rerun of a run made with --email=none mailed every team leader its blueprint of a past quarter. */
    @Test
    void aRerunOfARunThatMailedNothingMailsNothingUnlessForced() {
        String database = "--spring.datasource.url=jdbc:h2:mem:cli-rerun-unmailed;DB_CLOSE_DELAY=-1";
        Path out = temp.resolve("qbr");
        assertThat(run("--snapshot=" + TINY, "--period=2026-Q3", "--out=" + temp.resolve("nightly"), "--email=none",
                "--blueprint.import.max-bad-row-ratio=0.9", database)).isEqualTo(CommandLineApp.OK);

        assertThat(run("--period=2026-Q3", "--out=" + out, database)).isEqualTo(CommandLineApp.OK);
        assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("email: off (--email=none)");
        assertThat(out.resolve("outbox")).doesNotExist();

        assertThat(run("--period=2026-Q3", "--out=" + out, "--force", database)).isEqualTo(CommandLineApp.OK);
        assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("email (outbox): 5 written to "
                + out.resolve("outbox"));
    }

    @Test
    void anUnknownTeamIsAUsageErrorNamingTheTeamsAndNothingIsMailed() {
        assertThat(runTiny("cli-unknown-team", "--teams=t-ber")).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).singleElement().asString()
                .isEqualTo("revenue-blueprint: unknown team 't-ber' in --teams (team ids are case-sensitive: did you"
                        + " mean T-BER?); the snapshot's teams are T-BER, T-NYC, T-BAD");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void anOutputFolderThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(temp.resolve("afile"), "not a folder");

        assertThat(run("--snapshot=" + TINY, "--out=" + file)).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).containsExactly("revenue-blueprint: --out " + file + " is a file, not a folder; give a"
                + " folder (it is created when missing)");
    }

    /** "For input string: \"abc\"" and Spring's start-up report named neither the setting nor what to do. */
    @Test
    void aSettingThatIsNotANumberIsAUsageErrorNamingIt() {
        assertThat(usageError(runTiny("cli-bad-setting", "--blueprint.sla.standard-response-hours=abc")))
                .isEqualTo("revenue-blueprint: blueprint.sla.standard-response-hours=abc is not a number (For input"
                        + " string: \"abc\"); correct the setting");
    }

    /** A setting read with {@code @Value} said only "'abc' is not a valid duration", and exited 1. */
    @Test
    void aSettingReadOnItsOwnThatCannotBeConvertedIsAUsageErrorNamingIt() {
        assertThat(usageError(runTiny("cli-bad-duration", "--blueprint.run-lock.stale-after=abc")))
                .isEqualTo("revenue-blueprint: blueprint.run-lock.stale-after=abc is not a valid duration ('abc' is"
                        + " not a valid duration); correct the setting");
        err.reset();
        assertThat(usageError(runTiny("cli-bad-attempts", "--blueprint.delivery.attempts=three")))
                .isEqualTo("revenue-blueprint: blueprint.delivery.attempts=three is not a number (For input string:"
                        + " \"three\"); correct the setting");
    }

    /** A negative SLA made every high-intent response a breach, exit 0: a leak made up by a typo. */
    @Test
    void aNegativeSlaIsAUsageErrorNamingIt() {
        assertThat(usageError(runTiny("cli-negative-sla", "--blueprint.sla.high-intent-response-hours=-3")))
                .isEqualTo("revenue-blueprint: blueprint.sla.high-intent-response-hours=-3.0 must be more than 0;"
                        + " correct the setting");
    }

    /** 5, meant as 5 %, switched the import's gate off. */
    @Test
    void aShareAboveOneIsAUsageErrorNamingIt() {
        assertThat(usageError(run("--snapshot=" + TINY, "--out=" + temp.resolve("out"),
                "--blueprint.import.max-bad-row-ratio=5",
                "--spring.datasource.url=jdbc:h2:mem:cli-bad-ratio;DB_CLOSE_DELAY=-1")))
                .isEqualTo("revenue-blueprint: blueprint.import.max-bad-row-ratio=5.0 is not a share; give a fraction"
                        + " from 0 to 1 (5 % is 0.05)");
    }

    /** A misspelt metric among the targets, a paper size there is no template for: settings to correct, exit 2. */
    @Test
    void aMisspeltTargetOrAnUnknownPaperSizeIsAUsageErrorNamingIt() {
        assertThat(usageError(runTiny("cli-bad-target", "--blueprint.targets.win_rat=0.3")))
                .startsWith("revenue-blueprint: blueprint.targets.win_rat: unknown metric 'win_rat'");
        err.reset();
        assertThat(usageError(runTiny("cli-bad-paper", "--blueprint.report.paper-size=A5")))
                .startsWith("revenue-blueprint: blueprint.report.paper-size=A5 is not one of A4, LETTER");
    }

    /** "targets" without its s: the team was judged on the default win rate, exit 0. */
    @Test
    void aSettingNothingReadsIsAUsageErrorNamingWhereItsSettingsAre() {
        assertThat(usageError(runTiny("cli-unknown-setting", "--blueprint.teams.T-BER.target.win_rate=0.4")))
                .isEqualTo("revenue-blueprint: blueprint.teams.T-BER.target.win_rate is not a setting; the settings of"
                        + " blueprint.teams.T-BER are blueprint.teams.T-BER.targets.<key>");
    }

    /** Refused by a bean, a misspelt setting came 10 to 22 s in, after the database file was made. */
    @Test
    void aSettingNothingReadsIsRefusedBeforeTheDatabaseStarts() {
        Path data = temp.resolve("data");

        assertThat(usageError(run("--snapshot=" + TINY, "--out=" + temp.resolve("out"), "--email=none",
                "--blueprint.data-dir=" + data, "--blueprint.sla.standard-reponse-hours=3")))
                .startsWith("revenue-blueprint: blueprint.sla.standard-reponse-hours is not a setting");
        assertThat(data).doesNotExist();
    }

    /** Bound by their beans, such values were refused after the database file was made, 15 to 20 s in. */
    @Test
    void aValueItsSettingCannotTakeIsRefusedBeforeTheDatabaseStarts() {
        Path data = temp.resolve("data");

        assertThat(usageError(run("--snapshot=" + TINY, "--out=" + temp.resolve("out"), "--email=none",
                "--blueprint.data-dir=" + data, "--blueprint.company-timezone=Europe/Berln")))
                .isEqualTo("revenue-blueprint: blueprint.company-timezone=Europe/Berln is not a time zone such as"
                        + " Europe/Berlin (Unknown time-zone ID: Europe/Berln); correct the setting");
        err.reset();
        assertThat(usageError(run("--snapshot=" + TINY, "--out=" + temp.resolve("out"), "--email=none",
                "--blueprint.data-dir=" + data, "--blueprint.plan.min-n=-5")))
                .isEqualTo("revenue-blueprint: blueprint.plan.min-n=-5 must be 1 or more");
        assertThat(data).doesNotExist();
    }

    /** In the CronJob's ECS log mode the run's account was 14 plain lines in a stream of JSON lines. */
    @Test
    void aConsoleOfStructuredLogLinesGetsTheRunsAccountAsOneOfThem(CapturedOutput console) {
        assertThat(runTiny("cli-ecs", "--logging.structured.format.console=ecs")).isEqualTo(CommandLineApp.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(console.getOut().lines().filter(line -> line.contains("is ready in"))).singleElement().asString()
                .startsWith("{").contains("metrics.csv: ");
    }

    @Test
    void helpListsEveryOptionOnALineOfItsOwnAndVersionPrintsTheVersion() {
        assertThat(run("--help")).isEqualTo(CommandLineApp.OK);
        assertThat(run("--version")).isEqualTo(CommandLineApp.OK);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        for (String option : List.of("--snapshot=", "--source=", "--mapping=", "--check", "--period=", "--out=",
                "--teams=", "--email=", "--force", "--demo", "--runs", "--schedule=", "--worker", "--generate-snapshot=",
                "--debug", "--version", "--help")) {
            assertThat(lines).filteredOn(line -> line.strip().startsWith(option)).hasSize(1);
        }
        assertThat(lines.get(lines.size() - 1)).matches("revenue-blueprint \\S+.*");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Each is found before the database starts: the H2 file the run would open is never created. */
    @Test
    void wrongInputIsAUsageErrorFoundBeforeTheDatabaseStarts() throws IOException {
        Path fakeZip = Files.writeString(temp.resolve("fake.zip"), "not a zip");
        Path cutZip = cutZip(temp.resolve("cut.zip"));
        Path filled = Files.createDirectories(temp.resolve("filled"));
        Files.writeString(filled.resolve("Lead.csv"), "Id\n");
        Path database = temp.resolve("db");
        String url = "--spring.datasource.url=jdbc:h2:file:" + database + "/blueprint";

        assertThat(run("--snapshot=README.md", url)).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--snapshot=" + fakeZip, url)).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--snapshot=" + TINY, "--period=2026-13", url)).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--snapshot=" + TINY, "--teams=T-XYZ", url)).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--snapshot=" + TINY, "--schedule=every night", url)).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--snapshot=" + cutZip, url)).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--snapshot=" + TINY, "--schedule=0 0 3 * * *", url)).isEqualTo(CommandLineApp.USAGE);
        assertThat(run("--generate-snapshot=" + filled, "--leads=10")).isEqualTo(CommandLineApp.USAGE);

        assertThat(errorLines()).containsExactly(
                "revenue-blueprint: snapshot README.md is neither a folder nor a zip file; give the export's folder or its .zip",
                "revenue-blueprint: snapshot " + fakeZip + " is neither a folder nor a zip file; give the export's folder or its .zip",
                "revenue-blueprint: Invalid period \"2026-13\" (a month is 01 to 12); accepted forms: 2026-Q3 (quarter),"
                        + " 2026-09 (month), 2026-W38 (ISO week), 2026-07-01..2026-09-30 (inclusive date range)",
                "revenue-blueprint: unknown team 'T-XYZ' in --teams; the snapshot's teams are T-BER, T-NYC, T-BAD",
                "revenue-blueprint: --schedule=every night is not a cron expression (six fields: second minute hour day"
                        + " month weekday, e.g. \"0 30 3 * * *\"): Cron expression must consist of 6 fields (found 2 in"
                        + " \"every night\")",
                "revenue-blueprint: snapshot " + cutZip + " is not a whole zip file (zip END header not found): it may"
                        + " have been cut short while copying; copy or export it again",
                "revenue-blueprint: --snapshot=" + TINY + " holds " + firstCsv() + ", so it is one export; with"
                        + " --schedule give the folder the exports land in, one folder or .zip each",
                "revenue-blueprint: --generate-snapshot=" + filled + " is not empty (it holds Lead.csv); give a new or"
                        + " empty folder: the synthetic snapshot would overwrite what is there");
        assertThat(database).doesNotExist();
        assertThat(filled.resolve("leads.csv")).doesNotExist();
    }

    /** The tiny snapshot zipped, then cut short before the zip's directory, as an interrupted copy leaves it. */
    private static Path cutZip(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(TINY)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        byte[] whole = Files.readAllBytes(zip);
        return Files.write(zip, Arrays.copyOf(whole, whole.length - 200));
    }

    private static String firstCsv() throws IOException {
        try (Stream<Path> files = Files.list(TINY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.equals("snapshot.json") || name.endsWith(".csv")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    /** "Text '2023-04-30' could not be parsed at index 10", exit 1. */
    @Test
    void anAsOfThatIsNotADateAndTimeIsAUsageErrorNamingTheSetting() {
        assertThat(runTiny("cli-as-of", "--blueprint.source.as-of=2023-04-30")).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).containsExactly("revenue-blueprint: blueprint.source.as-of=2023-04-30 is not a date"
                + " and time; give it as 2026-11-21T02:00:00Z, or with the offset the export uses"
                + " (2026-11-21T03:00:00+01:00)");
    }

    /** Found before the import, not once per recipient after the whole run. */
    @Test
    void smtpWithoutAMailServerIsAUsageError() {
        assertThat(runTiny("cli-smtp", "--email=smtp")).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).containsExactly("revenue-blueprint: --email=smtp needs a mail server: set"
                + " spring.mail.host (SPRING_MAIL_HOST), or use --email=outbox");
        assertThat(temp.resolve("out/2026-Q3")).doesNotExist();
    }

    /** "cannot reach the database jdbc:h2:…" named the job's database for a replica that was down. */
    @Test
    void anUnreachableReplicaIsNamedNotTheJobsDatabase() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(run("--source=jdbc", "--out=" + temp.resolve("out"),
                "--blueprint.source.jdbc.url=jdbc:mysql://127.0.0.1:" + closedPort + "/salesforce?connectTimeout=2000",
                "--spring.datasource.url=jdbc:h2:mem:cli-replica;DB_CLOSE_DELAY=-1")).isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).singleElement().asString()
                .startsWith("revenue-blueprint: cannot reach the database jdbc:mysql://127.0.0.1:" + closedPort
                        + "/salesforce?connectTimeout=2000: ")
                .contains("correct blueprint.source.jdbc.url (BLUEPRINT_SOURCE_JDBC_URL)");
    }

    @Test
    void aMariaDbUrlSaysWhichFormWorks() {
        assertThat(run("--runs", "--spring.datasource.url=jdbc:mariadb://127.0.0.1:1/crm")).isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).containsExactly("revenue-blueprint: spring.datasource.url=jdbc:mariadb://127.0.0.1:1/crm"
                + " needs a driver this build does not have; give it as jdbc:mysql://… (MySQL Connector/J, which MariaDB"
                + " speaks)");
    }

    /** It printed MetaDataAccessException and H2's "Wrong user name or password [28000-240]". */
    @Test
    void aRefusedLoginNamesTheDatabaseAndTheSettings() throws Exception {
        Path database = temp.resolve("login/blueprint");
        try (var ignored = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
            // Created with an empty password.
        }
        assertThat(run("--runs", "--spring.datasource.url=jdbc:h2:file:" + database,
                "--spring.datasource.password=expired")).isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).singleElement().asString()
                .startsWith("revenue-blueprint: the database jdbc:h2:file:" + database + " refused the login: ")
                .endsWith("check spring.datasource.username (SPRING_DATASOURCE_USERNAME) and spring.datasource.password"
                        + " (SPRING_DATASOURCE_PASSWORD)")
                .doesNotContain("expired");
    }

    @Test
    void aFailedStepIsOneLineWithoutAStackTraceUnlessDebug() {
        assertThat(runTiny("cli-debug", "--period=2020-Q1", "--debug")).isEqualTo(CommandLineApp.FAILED);
        assertThat(runTiny("cli-no-debug", "--period=2020-Q1")).isEqualTo(CommandLineApp.FAILED);

        assertThat(errorLines()).filteredOn(line -> line.startsWith("revenue-blueprint:")).hasSize(2);
        assertThat(errorLines()).filteredOn(line -> line.startsWith("java.lang.IllegalStateException: nothing to report"))
                .hasSize(1);
        assertThat(errorLines().toList().get(2)).startsWith("\tat ");
    }

    @Test
    void aPeriodWithoutDataFailsSayingSoAndNothingIsMailed() {
        assertThat(runTiny("cli-empty-period", "--period=2020-Q1")).isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).singleElement().asString().contains("nothing to report for 2020-Q1: no lead became"
                + " an MQL and no deal closed in it (the snapshot's data ends 2026-10-01)");
        assertThat(temp.resolve("out/outbox")).doesNotExist();
        assertThat(temp.resolve("out/2020-Q1")).doesNotExist();
    }

    @Test
    void aPeriodAfterTheSnapshotIsAUsageError() {
        assertThat(runTiny("cli-future-period", "--period=2027-Q1")).isEqualTo(CommandLineApp.USAGE);
        assertThat(errorLines()).singleElement().asString()
                .contains("the period 2027-Q1 starts after the snapshot's data ends (2026-10-01)");
    }

    @Test
    void aPartialPeriodSaysSoInEverySubject() throws IOException {
        assertThat(runTiny("cli-partial", "--period=2026-07-01..2026-10-31")).isEqualTo(CommandLineApp.OK);
        try (Stream<Path> mails = Files.list(temp.resolve("out/outbox"))) {
            assertThat(mails.toList()).isNotEmpty().allSatisfy(mail -> assertThat(Files.readString(mail))
                    .contains("(partial, data up to 1 Oct 2026)"));
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedWithoutItsPassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mysql://127.0.0.1:" + closedPort + "/crm?connectTimeout=2000&password=hunter2";

        assertThat(run("--snapshot=" + TINY, "--out=" + temp.resolve("out"), "--spring.datasource.url=" + url,
                "--spring.datasource.username=blueprint", "--spring.datasource.hikari.initialization-fail-timeout=1"))
                .isEqualTo(CommandLineApp.FAILED);
        assertThat(errorLines()).singleElement().asString()
                .startsWith("revenue-blueprint: cannot reach the database jdbc:mysql://127.0.0.1:" + closedPort
                        + "/crm?connectTimeout=2000&password=*** as blueprint: ")
                .contains("start it or correct spring.datasource.url")
                .doesNotContain("hunter2");
    }

    /** The tiny snapshot, its many bad rows tolerated, into {@code <temp>/out}, mailed to the outbox. */
    private int runTiny(String database, String... options) {
        Stream<String> fixed = Stream.of("--snapshot=" + TINY, "--out=" + temp.resolve("out"), "--email=outbox",
                "--blueprint.import.max-bad-row-ratio=0.9",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        return run(Stream.concat(fixed, Stream.of(options)).toArray(String[]::new));
    }

    @Test
    void checkReadsAndMapsTheSourceSaysWhatTheImportDidAndKeepsNothing() {
        assertThat(run("--snapshot=src/test/resources/exports/maven-look-alike",
                "--mapping=examples/mappings/maven-crm-sales-opportunities.yaml", "--check", "--out=" + temp.resolve("out")))
                .isEqualTo(CommandLineApp.OK);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("opportunities.csv ← sales_pipeline.csv: 14 read, 12 mapped, 2 skipped (2 prospecting deal"
                        + " without a date (engage_date empty)), 0 quarantined; 1 column ignored: product")
                .contains("import accepted: 0 of 22 rows are bad");
        assertThat(temp.resolve("out/check/quarantine.csv")).hasContent("file,line,column,reason,raw,source_file,source_line");
        assertThat(temp.resolve("out/2017-Q2")).doesNotExist();
    }

    /** "11 columns ignored: … and 1 more" hid from a newcomer mapping an export the one column the check was for. */
    @Test
    void checkNamesEveryColumnNothingReads() throws IOException {
        assertThat(run("--snapshot=" + withTwoMoreContactColumns(), "--check", "--out=" + temp.resolve("out")))
                .isEqualTo(CommandLineApp.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("11 columns ignored: First Name, Last Name, Email,"
                + " Lifecycle Stage, Lead Status, Became a Lead Date, Became an Opportunity Date, Became a Customer Date,"
                + " Last Modified Date, Region, Persona\n").doesNotContain("and 1 more");
    }

    /** A nightly log that cut the list after ten did not say where the eleventh column was named. */
    @Test
    void aRunsSummaryThatCutsTheColumnsSaysTheCheckNamesThemAll() throws IOException {
        assertThat(run("--snapshot=" + withTwoMoreContactColumns(), "--email=none", "--out=" + temp.resolve("out")))
                .isEqualTo(CommandLineApp.OK);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Last Modified Date, Region and 1 more (a --check names them all)\n");
    }

    /** The classic HubSpot export, its contacts with a "Region" and a "Persona" nothing reads: 11 columns unread. */
    private Path withTwoMoreContactColumns() throws IOException {
        Path export = Files.createDirectories(temp.resolve("hubspot-wide"));
        Path classic = Path.of("src/test/resources/exports/hubspot-classic");
        Files.copy(classic.resolve("hubspot-crm-exports-all-deals-2025-07-01.csv"),
                export.resolve("hubspot-crm-exports-all-deals-2025-07-01.csv"));
        String contacts = "hubspot-crm-exports-all-contacts-2025-07-01.csv";
        Files.write(export.resolve(contacts), Files.readAllLines(classic.resolve(contacts)).stream()
                .map(line -> line + (line.startsWith("\"Record ID\"") ? ",\"Region\",\"Persona\"" : ",\"EMEA\",\"CFO\""))
                .toList());
        return export;
    }

    @Test
    void aCheckThatWouldBeRejectedFailsWithTheSummaryAndTheQuarantine() throws IOException {
        assertThat(run("--snapshot=" + TINY, "--check", "--out=" + temp.resolve("out"))).isEqualTo(CommandLineApp.FAILED);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  leads.csv: 12 read, 12 mapped, 6 quarantined")
                .contains("import rejected: 22 of 47 rows");
        assertThat(Files.readAllLines(temp.resolve("out/check/quarantine.csv"))).hasSize(23);
        assertThat(errorLines()).containsExactly("revenue-blueprint: the import would be rejected (the summary above"
                + " says why): fix the files or their mapping, or raise blueprint.import.max-bad-row-ratio, and check"
                + " again");
    }

    @Test
    void aCheckThatFailsLeavesNoEarlierCheckQuarantineToBeReadAsItsOwn() throws IOException {
        Path snapshot = temp.resolve("broken");
        Files.createDirectories(snapshot);
        try (Stream<Path> files = Files.list(TINY)) {
            for (Path file : files.toList()) {
                Files.copy(file, snapshot.resolve(file.getFileName()));
            }
        }
        Files.writeString(snapshot.resolve("leads.csv"), "lead_id,nothing_else\nL1,x\n");
        Path earlier = Files.createDirectories(temp.resolve("out/check")).resolve("quarantine.csv");
        Files.writeString(earlier, "file,line,column,reason,raw,source_file,source_line\nleads.csv,2,x,y,z,,\n");

        assertThat(run("--snapshot=" + snapshot, "--check", "--out=" + temp.resolve("out"))).isEqualTo(CommandLineApp.FAILED);

        assertThat(errorLines()).singleElement().asString().contains("leads.csv");
        assertThat(earlier).doesNotExist();
    }

    private int run(String... args) {
        return CommandLineApp.run(RevenueBlueprintApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    /** The one line a wrong command line or setting prints, once the run exited 2 (a usage error). */
    private String usageError(int exit) {
        assertThat(exit).isEqualTo(CommandLineApp.USAGE);
        List<String> lines = errorLines().toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private Stream<String> errorLines() {
        return err.toString(StandardCharsets.UTF_8).lines();
    }
}
