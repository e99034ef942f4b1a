package io.revblueprint.job;

import io.revblueprint.snapshot.QuarantineExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Stage 5: add quarantine.csv, then publish the staged outputs under {@code <out>/<period>} in one move. */
@Configuration
class PublishStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PublishStepConfiguration.class);

    @Bean
    Step exportQuarantine(JobRepository jobRepository, PlatformTransactionManager transactions, QuarantineExport export) {
        return new StepBuilder("exportQuarantine", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            long rows = export.write(run.snapshotId(), run.output().stagedFile("quarantine.csv"));
            contribution.incrementWriteCount(rows);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step publishOutputs(JobRepository jobRepository, PlatformTransactionManager transactions) {
        return new StepBuilder("publishOutputs", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            long teamPdfs = run.output().teamPdfs();
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                    .getExecutionContext();
            if (run.chosenTeamsOnly() && run.output().isPublished()) {
                job.putString(RunKeys.TEAMS_MERGED, "true");
                run.output().publishTeams(run.teams());
                log.info("Published the blueprints of {} in {}; its other teams and files are an earlier run's",
                        String.join(", ", run.teams()), run.output().published());
            } else {
                run.output().publish();
                log.info("Published {}", run.output().published());
            }
            job.putLong(RunKeys.TEAM_PDFS, teamPdfs);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
