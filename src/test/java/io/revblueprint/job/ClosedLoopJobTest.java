package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.history.PlanHistory;
import io.revblueprint.job.PlanSnapshots.TeamQuarter;
import io.revblueprint.metrics.Metric;
import io.revblueprint.plan.FixProgress;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.plan.Verdict;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two snapshots a quarter apart, run one after the other: the second run reports each fix of the first with its
 * metric then and now. Alpha answers its MQLs in time now (improved), converts them as before (held) and closed
 * no deal this quarter (no data); Beta answers fewer in time (regressed).
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class,
        properties = {"spring.datasource.url=jdbc:h2:mem:closed-loop;DB_CLOSE_DELAY=-1",
                // The company's win-rate target: the shipped published figures are dated and there are too few peers.
                "blueprint.targets.win_rate=0.3"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedLoopJobTest {

    /** Each quarter's run happens on the 2nd day after it: Q3's sprint runs 5 October to 15 November. */
    static final PeriodRerunJobTest.MovableClock CLOCK =
            new PeriodRerunJobTest.MovableClock(Instant.parse("2026-07-02T07:00:00Z"));

    @TestBean(methodName = "io.revblueprint.job.ClosedLoopJobTest#runDay")
    Clock clock;

    static Clock runDay() {
        return CLOCK;
    }

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    PlanHistory planHistory;

    @TempDir
    static Path temp;

    JobExecution first;
    JobExecution lastNight;
    JobExecution april;
    JobExecution second;

    @BeforeAll
    void runTwoQuarters() throws Exception {
        Path q2 = PlanSnapshots.write(temp.resolve("2026-07-02"), Instant.parse("2026-07-02T06:00:00Z"),
                LocalDate.of(2026, 4, 6),
                new TeamQuarter("T-ALPHA", 40, 20, 4, 30, 3),
                new TeamQuarter("T-BETA", 40, 30, 12, 0, 0));
        Path q3 = PlanSnapshots.write(temp.resolve("2026-10-02"), Instant.parse("2026-10-02T06:00:00Z"),
                LocalDate.of(2026, 7, 6),
                new TeamQuarter("T-ALPHA", 40, 38, 5, 0, 0),
                new TeamQuarter("T-BETA", 40, 10, 12, 0, 0));
        CLOCK.moveTo(Instant.parse("2026-07-02T07:00:00Z"));
        first = launcher.launch(new RunParameters(q2, null, temp.resolve("out"), List.of(), "NONE", false));
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // The quarter's last nightly run plans Q2 again.
        CLOCK.moveTo(Instant.parse("2026-09-30T07:00:00Z"));
        lastNight = launcher.launch(new RunParameters(q2, null, temp.resolve("out-last-night"), List.of(), "NONE",
                false));
        assertThat(lastNight.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // A month of Q2 looked at on its own, later: not the quarter's blueprint.
        april = launcher.launch(new RunParameters(q2, "2026-04", temp.resolve("out-april"), List.of(), "NONE", false));
        assertThat(april.getStatus()).as(april.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        CLOCK.moveTo(Instant.parse("2026-10-02T07:00:00Z"));
        second = launcher.launch(new RunParameters(q3, null, temp.resolve("out"), List.of(), "NONE", false));
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    /**
     * A period planned again keeps its first plan's sprint, the one mailed: the quarter's last nightly run had moved
     * every Q2 fix to the week after 30 September, away from the dates people were given.
     */
    @Test
    void aPeriodPlannedAgainKeepsItsFirstSprint() {
        assertThat(fixDates(lastNight, "T-ALPHA")).isEqualTo(fixDates(first, "T-ALPHA"))
                .allMatch(dates -> dates.startsWith("2026-07"));
    }

    /**
     * A period's complete blueprint is planned apart from its partial one: mailed on 3 November, it kept the
     * partial one's sprint from 5 October, its fixes past due.
     */
    @Test
    void aCompleteBlueprintAfterItsPartialOneHasASprintOfItsOwn() throws Exception {
        String days = "2026-07-01..2026-10-31";
        CLOCK.moveTo(Instant.parse("2026-10-02T07:00:00Z"));
        JobExecution partial = launcher.launch(new RunParameters(temp.resolve("2026-10-02"), days,
                temp.resolve("out-partial"), List.of(), "NONE", false));
        Path later = PlanSnapshots.write(temp.resolve("2026-11-02"), Instant.parse("2026-11-02T06:00:00Z"),
                LocalDate.of(2026, 7, 6),
                new TeamQuarter("T-ALPHA", 40, 38, 5, 0, 0),
                new TeamQuarter("T-BETA", 40, 10, 12, 0, 0));
        CLOCK.moveTo(Instant.parse("2026-11-03T07:00:00Z"));
        JobExecution complete = launcher.launch(new RunParameters(later, days, temp.resolve("out-complete"), List.of(),
                "NONE", false));

        assertThat(fixDates(partial, "T-ALPHA")).isNotEmpty().allMatch(dates -> dates.startsWith("2026-10"));
        assertThat(fixDates(complete, "T-ALPHA")).isNotEmpty().allMatch(dates -> dates.compareTo("2026-11-09") >= 0);
    }

    /**
     * The previous quarter's first blueprint is the one followed up (the one mailed): a nightly run's plan had
     * started every fix after Q3 had ended, and every fix read "started later", every quarter; and a later run of
     * April alone took the quarter's place.
     */
    @Test
    void theSecondRunReportsEachEarlierFixThenAndNow() {
        assertThat(planHistory.plansOf(april.getJobInstance().getInstanceId())).containsKey("T-ALPHA");
        assertThat(progress("T-ALPHA")).extracting(this::line).contains(
                "2026-Q2 response_sla_compliance 0.5 → 0.95 IMPROVED",
                "2026-Q2 mql_to_sql_rate 0.1 → 0.125 HELD",
                "2026-Q2 win_rate 0.1 → none NO_DATA");
        assertThat(progress("T-BETA")).extracting(this::line).contains(
                "2026-Q2 response_sla_compliance 0.75 → 0.25 REGRESSED");
    }

    /** The demo runs its earlier quarter as if the day after it ended: planned on the later run's day, none had started. */
    @Test
    void aRunPlannedTheDayAfterItsPeriodDatesItsSprintFromThen() throws Exception {
        JobExecution asIfThen = launcher.launch(new RunParameters(temp.resolve("2026-07-02"), "2026-Q2",
                temp.resolve("out-then"), List.of(), "NONE", false).plannedTheDayAfterItsPeriod());

        assertThat(asIfThen.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(planHistory.plansOf(asIfThen.getJobInstance().getInstanceId()).get("T-ALPHA").fixes())
                .extracting(Fix::startDate).isNotEmpty().allMatch(start -> !start.isBefore(LocalDate.of(2026, 7, 6))
                        && start.isBefore(LocalDate.of(2026, 8, 15)));
    }

    @Test
    void theFirstRunsFixesWereTheConfirmedLeaks() {
        TeamPlan alpha = planHistory.plansOf(first.getJobInstance().getInstanceId()).get("T-ALPHA");

        assertThat(alpha.fixes()).filteredOn(fix -> !fix.isDataFix())
                .extracting(fix -> fix.metric() + " " + fix.judgement().verdict())
                .contains("response_sla_compliance CONFIRMED_LEAK", "mql_to_sql_rate CONFIRMED_LEAK",
                        "win_rate CONFIRMED_LEAK");
        assertThat(alpha.fixes()).filteredOn(fix -> fix.metric() == Metric.WIN_RATE).singleElement()
                .satisfies(fix -> assertThat(fix.judgement().threshold().source()).isEqualTo("target"));
        assertThat(alpha.progress()).isEmpty();
    }

    @Test
    void aTeamOnTargetGetsNoFixForIt() {
        TeamPlan beta = plan("T-BETA");

        assertThat(beta.judgements()).filteredOn(judgement -> judgement.value().metric() == Metric.MQL_TO_SQL_RATE)
                .singleElement().satisfies(judgement -> assertThat(judgement.verdict()).isEqualTo(Verdict.ON_TARGET));
        assertThat(beta.fixes()).noneMatch(fix -> fix.metric() == Metric.MQL_TO_SQL_RATE);
    }

    @Test
    void fixesCsvNamesRealPeopleAndDatesInTheSixWeeksAfterTheRun() throws Exception {
        List<CSVRecord> fixes = TinySnapshotJobTest.read(temp.resolve("out/2026-Q3/fixes.csv"));

        assertThat(fixes).extracting(row -> row.get("scope")).contains("T-ALPHA", "T-BETA").doesNotContain("T-OPS");
        assertThat(fixes).allSatisfy(row -> {
            assertThat(row.get("owner_name")).isIn("Alma Alvarez", "Bea Costa", "Mara Diaz", "Rita Ops");
            assertThat(LocalDate.parse(row.get("start_date"))).isBetween(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 15));
            assertThat(LocalDate.parse(row.get("due_date"))).isBetween(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 15));
        });
        assertThat(fixes).filteredOn(row -> row.get("scope").equals("T-BETA")).extracting(row -> row.get("rank"))
                .startsWith("1");
    }

    @Test
    void aRerunOfTheSamePeriodStillComparesWithThePreviousQuarter() throws Exception {
        Path q3 = temp.resolve("2026-10-02");
        JobExecution rerun = launcher.launch(
                new RunParameters(q3, null, temp.resolve("rerun"), List.of("T-BETA"), "NONE", false));

        assertThat(planHistory.plansOf(rerun.getJobInstance().getInstanceId()).get("T-BETA").progress())
                .extracting(this::line).contains("2026-Q2 response_sla_compliance 0.75 → 0.25 REGRESSED");
    }

    private List<String> fixDates(JobExecution run, String team) {
        return planHistory.plansOf(run.getJobInstance().getInstanceId()).get(team).fixes().stream()
                .map(fix -> fix.startDate() + ".." + fix.dueDate()).toList();
    }

    private TeamPlan plan(String team) {
        return planHistory.plansOf(second.getJobInstance().getInstanceId()).get(team);
    }

    private List<FixProgress> progress(String team) {
        return plan(team).progress();
    }

    private String line(FixProgress progress) {
        return progress.earlierPeriod() + " " + progress.earlier().metric() + " "
                + (progress.then() == null ? "none" : progress.then().value()) + " → "
                + (progress.now() == null ? "none" : progress.now().value()) + " " + progress.status();
    }

}
