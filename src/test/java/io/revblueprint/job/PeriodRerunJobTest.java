package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A QBR rerun of a period, weeks later and after newer snapshots were imported: it runs on the snapshot and the plan
 * date of the period's run, so its metrics and fixes are those of the first time; it mails again only with --force.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:period-rerun;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9"})
class PeriodRerunJobTest {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-10-02T07:00:00Z"));

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path temp;

    @Test
    void aRerunWeeksLaterGivesTheSameMetricsAndFixesAndMailsAgainOnlyWhenForced() throws Exception {
        Path first = temp.resolve("first");
        JobExecution q3 = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", first, List.of(),
                "OUTBOX", false));
        CLOCK.advance(Duration.ofDays(45));
        JobExecution newer = launcher.launch(new RunParameters(changedTiny(), "2026-07-01..2026-09-30", temp.resolve("newer"),
                List.of(), "NONE", false));

        Path rerun = temp.resolve("rerun");
        JobExecution again = launcher.rerun(new RunParameters(null, "2026-Q3", rerun, List.of(), "OUTBOX", false));
        JobExecution forced = launcher.rerun(new RunParameters(null, "2026-Q3", rerun, List.of(), "OUTBOX", true));

        assertThat(List.of(q3, newer, again, forced)).as(() -> Stream.of(q3, newer, again, forced)
                        .flatMap(execution -> execution.getAllFailureExceptions().stream()).map(PeriodRerunJobTest::trace).toList().toString())
                .extracting(JobExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
        for (String file : List.of("metrics.csv", "fixes.csv")) {
            assertThat(rerun.resolve("2026-Q3").resolve(file)).hasSameTextualContentAs(first.resolve("2026-Q3").resolve(file));
        }
        assertThat(step(again, "deliverBlueprints").getWriteCount()).isZero();
        assertThat(step(forced, "deliverBlueprints").getWriteCount()).isEqualTo(5);
        assertThat(launcher.recentRuns()).extracting(RunRecord::period, RunRecord::job, RunRecord::pdfs, RunRecord::emails)
                .startsWith(org.assertj.core.groups.Tuple.tuple("2026-Q3", RunKeys.RERUN_JOB_NAME, 3L, 5L),
                        org.assertj.core.groups.Tuple.tuple("2026-Q3", RunKeys.RERUN_JOB_NAME, 3L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2026-07-01..2026-09-30", RunKeys.JOB_NAME, 3L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2026-Q3", RunKeys.JOB_NAME, 3L, 5L));
    }

    /** Importing the export again for another period replaced Q3's snapshot, and the rerun was refused. */
    @Test
    void aRerunAfterTheSameExportWasImportedAgainForAnotherPeriodRunsOnThatImport() throws Exception {
        Path first = temp.resolve("first");
        JobExecution q3 = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", first, List.of(),
                "NONE", false));
        JobExecution sameDays = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY,
                "2026-07-01..2026-09-30", temp.resolve("sameDays"), List.of(), "NONE", false));

        Path rerun = temp.resolve("rerun");
        JobExecution again = launcher.rerun(new RunParameters(null, "2026-Q3", rerun, List.of(), "NONE", false));

        assertThat(List.of(q3, sameDays, again)).as(() -> Stream.of(q3, sameDays, again)
                        .flatMap(execution -> execution.getAllFailureExceptions().stream()).map(PeriodRerunJobTest::trace).toList().toString())
                .extracting(JobExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
        assertThat(again.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID))
                .isEqualTo(sameDays.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID))
                .isNotEqualTo(q3.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID));
        for (String file : List.of("metrics.csv", "fixes.csv")) {
            assertThat(rerun.resolve("2026-Q3").resolve(file)).hasSameTextualContentAs(first.resolve("2026-Q3").resolve(file));
        }
    }

    /**
     * A rerun on a laptop, without the CronJob's settings, gave other figures than the run it repeated: it follows
     * the run's kept settings (here half an hour to accept or reject an MQL against today's 4 hours) and says which differ from today's.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRerunFollowsTheSettingsOfItsRunAndSaysWhichDifferFromTodays(CapturedOutput console) throws Exception {
        JobExecution first = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3",
                temp.resolve("first"), List.of(), "NONE", false));
        String settings = first.getExecutionContext().getString(RunKeys.FIGURE_SETTINGS);
        assertThat(settings).contains("blueprint.sla.accept-reject-hours=4.0");
        first.getExecutionContext().putString(RunKeys.FIGURE_SETTINGS,
                settings.replace("accept-reject-hours=4.0", "accept-reject-hours=0.5"));
        jobRepository.updateExecutionContext(first);

        Path rerun = temp.resolve("rerun");
        JobExecution again = launcher.rerun(new RunParameters(null, "2026-Q3", rerun, List.of(), "NONE", false));

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(console.getOut()).contains("This rerun follows the settings of run "
                + first.getJobInstance().getInstanceId() + ", as it was, not today's:"
                + " blueprint.sla.accept-reject-hours: 0.5 then, 4.0 now");
        assertThat(again.getExecutionContext().getString(RunKeys.FIGURE_SETTINGS))
                .contains("blueprint.sla.accept-reject-hours=0.5");
        assertThat(Files.readString(rerun.resolve("2026-Q3/metrics.csv")))
                .isNotEqualTo(Files.readString(temp.resolve("first/2026-Q3/metrics.csv")));

        // "On the snapshot of run N" named the rerun a second rerun repeats, which imported nothing.
        launcher.rerun(new RunParameters(null, "2026-Q3", temp.resolve("rerun-again"), List.of(), "NONE", false));
        assertThat(console.getOut()).contains("Rerunning 2026-Q3 on the snapshot of run "
                + first.getJobInstance().getInstanceId() + " (as of ").contains(" as rerun "
                + again.getJobInstance().getInstanceId() + " planned it, email: none");
    }

    @Test
    void aRerunOfAPeriodNeverRunSaysSo() {
        RunParameters never = new RunParameters(null, "2019-Q1", temp.resolve("out"), List.of(), "NONE", false);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> launcher.rerun(never))
                .isInstanceOf(RequestException.class)
                .hasMessage("no completed run of 2019-Q1 to rerun; give the snapshot with --snapshot=PATH (--runs lists the runs)");
    }

    private static String trace(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString().lines().limit(25).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The tiny snapshot two weeks later with one lead less: a newer export whose figures differ. */
    private Path changedTiny() throws IOException {
        Path copy = TinySnapshotCopy.into(temp.resolve("changed"));
        List<String> leads = Files.readAllLines(copy.resolve("leads.csv"));
        Files.write(copy.resolve("leads.csv"), leads.subList(0, leads.size() - 1));
        Path manifest = copy.resolve("snapshot.json");
        Files.writeString(manifest, Files.readString(manifest).replace("2026-10-01T", "2026-10-15T"));
        return copy;
    }

    private static org.springframework.batch.core.step.StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
