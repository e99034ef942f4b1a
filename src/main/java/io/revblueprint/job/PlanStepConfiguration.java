package io.revblueprint.job;

import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.benchmark.PeerBenchmarks;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.history.MetricHistory;
import io.revblueprint.history.PlanHistory;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.RecordedInputs;
import io.revblueprint.plan.BlueprintPlanner;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.Owners;
import io.revblueprint.plan.PlanPolicy;
import io.revblueprint.plan.Playbook;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.report.csv.FixesCsv;
import io.revblueprint.report.Doubts;
import io.revblueprint.snapshot.SnapshotReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Stage 3: plan each team's blueprint (judged metrics, prioritized fixes, closed loop); store it; write fixes.csv. */
@Configuration
class PlanStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlanStepConfiguration.class);

    @Bean
    Step planFixes(JobRepository jobRepository, PlatformTransactionManager transactions, MetricHistory metricHistory,
                   PlanHistory planHistory, SnapshotReader snapshots, Playbook playbook,
                   BenchmarkTable benchmarks, RunSettings settings, Clock clock) {
        return new StepBuilder("planFixes", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            PlanPolicy policy = settings.of(chunkContext.getStepContext().getStepExecution().getJobExecution())
                    .planPolicy();
            List<MetricValue> metrics = metricHistory.ofRun(run.runId());
            List<MetricValue> evidence = metricHistory.evidenceOfRun(run.runId());
            List<Team> teams = snapshots.teams(run.snapshotId());
            RecordedInputs recorded = snapshots.snapshot(run.snapshotId()).recorded();
            WorkCalendar companyCalendar = WorkCalendar.standard(run.zone());
            BlueprintPlanner planner = new BlueprintPlanner(policy.withCurrency(companyCurrency(metrics, policy)),
                    playbook, benchmarks, PeerBenchmarks.of(teams, metrics, policy.minimumCases()), run.period(),
                    plannedOn(chunkContext.getStepContext().getStepExecution().getJobExecution(),
                            () -> firstPlannedOn(run, teams, planHistory, jobRepository)
                                    .orElseGet(() -> LocalDate.now(clock.withZone(run.zone())))),
                    new Owners(snapshots.users(run.snapshotId()), teams, companyCalendar));
            // Teams with figures get a plan; work no team owns a company-level one, unless the run is about chosen
            // teams only.
            List<TeamPlan> plans = Stream.concat(teams.stream(), Stream.of(Team.unassigned(companyCalendar)))
                    .filter(team -> hasFigures(metrics, team.teamId()) && run.includes(team.teamId()))
                    .map(team -> planner.plan(team, metrics, evidence, recorded,
                            planHistory.previousBlueprint(team.teamId(), run.runId(), run.period())))
                    .toList();
            // Said on the console too, where an alert can catch it, not only in the PDF.
            plans.forEach(plan -> Doubts.of(plan).forEach(doubt -> log.warn("{}: {}", plan.scope(), doubt)));
            List<Fix> fixes = plans.stream().flatMap(plan -> plan.fixes().stream()).toList();
            planHistory.save(run.runId(), run.edition(), plans);
            contribution.incrementWriteCount(fixes.size());
            OutputFiles.write(run.output().stagedFile("fixes.csv"), out -> FixesCsv.write(fixes, out));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /**
     * The day the period was first planned ({@code unlessAsked}: that day, else today), unless the run was asked to
     * plan on a given day (the demo's earlier period) or is a rerun that plans on its earlier run's date (kept in the
     * job context for that).
     */
    private static LocalDate plannedOn(JobExecution execution, Supplier<LocalDate> unlessAsked) {
        ExecutionContext job = execution.getExecutionContext();
        if (!job.containsKey(RunKeys.PLANNED_ON)) {
            String asked = execution.getJobParameters().getString(RunKeys.PLANNED_ON);
            job.putString(RunKeys.PLANNED_ON, asked == null || asked.isEmpty() ? unlessAsked.get().toString() : asked);
        }
        return LocalDate.parse(job.getString(RunKeys.PLANNED_ON));
    }

    /**
     * The day the first run of the period planned it: the nightly runs after it plan the same period again, and each
     * moved every fix's start and due dates to the week after its own night, away from the dates people were mailed.
     */
    private static Optional<LocalDate> firstPlannedOn(RunState run, List<Team> teams, PlanHistory planHistory,
                                                      JobRepository jobRepository) {
        return planHistory.firstPlanOf(run.edition(), run.runId(), teams.stream().map(Team::teamId).toList())
                .map(first -> jobRepository.getLastJobExecution(jobRepository.getJobInstance(first)))
                .map(first -> first.getExecutionContext().getString(RunKeys.PLANNED_ON, null))
                .map(LocalDate::parse);
    }

    /** The snapshot's own currency when all its won amounts share one; the configured one otherwise. */
    private static String companyCurrency(List<MetricValue> metrics, PlanPolicy policy) {
        return metrics.stream().filter(value -> value.scope().equals(MetricValue.ALL)
                        && value.is(Metric.AVG_WON_DEAL_SIZE, Dimension.OVERALL))
                .map(value -> value.unit().currency()).findFirst().orElse(policy.currency());
    }

    private static boolean hasFigures(List<MetricValue> metrics, String scope) {
        return metrics.stream().anyMatch(value -> value.scope().equals(scope));
    }
}
