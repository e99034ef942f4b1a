package io.revblueprint.job;

import io.revblueprint.history.FixHistory;
import io.revblueprint.history.MetricHistory;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.FixPlanner;
import io.revblueprint.plan.Owners;
import io.revblueprint.plan.Playbook;
import io.revblueprint.report.FixesCsv;
import io.revblueprint.snapshot.SnapshotReader;
import io.revblueprint.system.BlueprintProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Stage 3: turn each team's missed targets into prioritized fixes with owners and dates; write fixes.csv. */
@Configuration
class PlanStepConfiguration {

    @Bean
    Step planFixes(JobRepository jobRepository, PlatformTransactionManager transactions, MetricHistory metricHistory,
                   FixHistory fixHistory, SnapshotReader snapshots, Playbook playbook, BlueprintProperties properties,
                   Clock clock) {
        return new StepBuilder("planFixes", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            List<MetricValue> metrics = metricHistory.ofRun(run.runId());
            FixPlanner planner = new FixPlanner(properties.targetsByMetric(), playbook,
                    LocalDate.now(clock.withZone(run.zone())));
            Owners owners = new Owners(snapshots.users(run.snapshotId()));
            List<Fix> fixes = metrics.stream().map(MetricValue::scope).distinct()
                    .filter(scope -> !scope.equals(MetricValue.ALL) && run.includes(scope))
                    .flatMap(scope -> planner.plan(scope, metrics, owners).stream())
                    .toList();
            fixHistory.save(run.runId(), run.period().label(), fixes);
            contribution.incrementWriteCount(fixes.size());
            OutputFiles.write(run.output().stagedFile("fixes.csv"), out -> FixesCsv.write(fixes, out));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
