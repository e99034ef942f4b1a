package io.revblueprint.job;

import io.revblueprint.history.MetricHistory;
import io.revblueprint.metrics.MetricResults;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.report.csv.MetricsCsv;
import io.revblueprint.snapshot.SnapshotMetrics;
import io.revblueprint.system.BlueprintProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Stage 2: compute every metric for every team and ALL, store them (and the evidence) with the run, write metrics.csv. */
@Configuration
class MetricsStepConfiguration {

    @Bean
    Step computeMetrics(JobRepository jobRepository, PlatformTransactionManager transactions,
                        SnapshotMetrics snapshotMetrics, MetricHistory history, BlueprintProperties properties) {
        return new StepBuilder("computeMetrics", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            MetricResults results = snapshotMetrics.compute(run.snapshotId(), run.period(), properties.slaPolicy(),
                    properties.currency());
            if (!results.hasData()) {
                throw new IllegalStateException("nothing to report for " + run.period().label() + ": no lead became"
                        + " an MQL and no deal closed in it (the snapshot's data ends " + run.asOf().atZone(run.zone())
                        .toLocalDate() + "); choose a period with data, nothing was mailed");
            }
            history.save(run.runId(), run.snapshotId(), run.asOf(), run.period(), results);
            contribution.incrementWriteCount(results.metrics().size());
            OutputFiles.write(run.output().stagedFile("metrics.csv"),
                    out -> MetricsCsv.write(results.metrics().stream().filter(value -> run.includes(value.scope())
                            || value.scope().equals(MetricValue.ALL)).toList(), out));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
