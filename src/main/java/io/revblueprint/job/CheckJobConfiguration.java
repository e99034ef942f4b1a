package io.revblueprint.job;

import io.revblueprint.snapshot.ImportSummary;
import io.revblueprint.snapshot.QuarantineExport;
import io.revblueprint.snapshot.SnapshotImport;
import io.revblueprint.snapshot.SnapshotRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;

/**
 * --check: read and map a source through the same import steps, then say what the import did and whether it would
 * be published, write its quarantine.csv, and publish nothing (the command line runs it on a database of its own).
 * What a RevOps person runs first on a new export.
 */
@Configuration
class CheckJobConfiguration {

    static final String JOB_NAME = "checkSnapshot";
    static final String QUARANTINE = "check/quarantine.csv";

    @Bean
    Job checkSnapshot(JobRepository jobRepository, Step openSnapshot, ImportSteps importSteps, Step judgeImport,
                      TemporaryFolderCleanup cleanup) {
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(openSnapshot);
        for (Step importStep : importSteps.steps()) {
            job = job.next(importStep);
        }
        return job.next(judgeImport).listener(cleanup).listener(new LastCheckQuarantine()).build();
    }

    @Bean
    Step judgeImport(JobRepository jobRepository, PlatformTransactionManager transactions, SnapshotImport snapshotImport,
                     ImportSummary summary, QuarantineExport quarantine, SnapshotRepository snapshots) {
        return new StepBuilder("judgeImport", jobRepository).tasklet((contribution, chunkContext) -> {
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            long snapshotId = job.getLong(RunKeys.SNAPSHOT_ID);
            Path out = Path.of((String) chunkContext.getStepContext().getJobParameters().get(RunKeys.OUT));
            Path quarantineFile = out.resolve(QUARANTINE);
            quarantine.write(snapshotId, quarantineFile);
            SnapshotImport.Verdict verdict = snapshotImport.judge(snapshotId);
            job.putString(RunKeys.SUMMARY, summary.describeEveryColumn(snapshotId) + System.lineSeparator() + verdict.describe()
                    + System.lineSeparator() + "Every quarantined row, with the file and line it came from: " + quarantineFile);
            job.putString(RunKeys.CHECK_PASSED, Boolean.toString(verdict.accepted()));
            snapshots.reject(snapshotId);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
