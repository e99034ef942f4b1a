package io.revblueprint.job;

import io.revblueprint.snapshot.SnapshotReader;
import io.revblueprint.system.BlueprintProperties;
import io.revblueprint.system.FigureSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Instant;
import java.util.List;

/**
 * Stage 1 of a rerun: instead of importing, take the earlier run's stored snapshot, period, plan date and settings,
 * so the steps after it compute the same metrics and fixes.
 */
@Configuration
class RerunStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RerunStepConfiguration.class);

    /**
     * What the import and plan of the earlier run left in its job context, and the steps after them read; the
     * snapshot is looked up apart ({@link #snapshotOf}): it may have been replaced.
     */
    private static final List<String> REUSED = List.of(RunKeys.SOURCE_KIND, RunKeys.AS_OF, RunKeys.COMPANY_ZONE,
            RunState.PERIOD_LABEL, RunKeys.PLANNED_ON, RunKeys.FIGURE_SETTINGS);

    @Bean
    Step reuseSnapshot(JobRepository jobRepository, PlatformTransactionManager transactions, SnapshotReader snapshots,
                       BlueprintProperties properties) {
        return new StepBuilder("reuseSnapshot", jobRepository).tasklet((contribution, chunkContext) -> {
            JobExecution rerun = chunkContext.getStepContext().getStepExecution().getJobExecution();
            long earlierRun = rerun.getJobParameters().getLong(RunKeys.RERUN_OF);
            JobInstance instance = jobRepository.getJobInstance(earlierRun);
            ExecutionContext earlier = jobRepository.getLastJobExecution(instance).getExecutionContext();
            for (String key : REUSED) {
                if (earlier.containsKey(key)) {
                    rerun.getExecutionContext().put(key, earlier.get(key));
                }
            }
            rerun.getExecutionContext().putLong(RunKeys.SNAPSHOT_ID, snapshotOf(earlierRun, earlier, snapshots));
            if (earlier.containsKey(RunKeys.FIGURE_SETTINGS)) {
                sayWhichSettingsDiffer(earlierRun, earlier.getString(RunKeys.FIGURE_SETTINGS),
                        FigureSettings.of(properties));
            }
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /** Repeating the run as it was is the point; whoever changed a target since may expect today's. */
    private static void sayWhichSettingsDiffer(long earlierRun, String then, String now) {
        List<String> differences = FigureSettings.differences(then, now);
        if (!differences.isEmpty()) {
            log.info("This rerun follows the settings of run {}, as it was, not today's: {}; to judge the period by"
                    + " today's settings, run its export again with --snapshot", earlierRun,
                    String.join("; ", differences));
        }
    }

    /** The earlier run's snapshot, or the import of the same export that replaced it: the same rows. */
    private static long snapshotOf(long earlierRun, ExecutionContext earlier, SnapshotReader snapshots) {
        long used = earlier.getLong(RunKeys.SNAPSHOT_ID);
        String asOf = earlier.getString(RunKeys.AS_OF);
        long stored = snapshots.storedOrReplacement(used, Instant.parse(asOf)).orElseThrow(() -> new RequestException(
                "the snapshot run " + earlierRun + " used (as of " + asOf + ") is no longer stored; rerun with"
                        + " --snapshot=PATH"));
        if (stored != used) {
            log.info("The snapshot run {} used was replaced by a later import of the same export (as of {}):"
                    + " rerunning on that import, snapshot {}", earlierRun, asOf, stored);
        }
        return stored;
    }
}
