package io.revblueprint.job;

import io.revblueprint.history.MetricHistory;
import io.revblueprint.metrics.MetricResults;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.report.csv.MetricsCsv;
import io.revblueprint.snapshot.PublishedSnapshot;
import io.revblueprint.snapshot.SnapshotMetrics;
import io.revblueprint.snapshot.SnapshotReader;
import io.revblueprint.system.BlueprintProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

/** Stage 2: compute every metric for every team and ALL, store them (and the evidence) with the run, write metrics.csv. */
@Configuration
class MetricsStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MetricsStepConfiguration.class);

    @Bean
    Step computeMetrics(JobRepository jobRepository, PlatformTransactionManager transactions,
                        SnapshotMetrics snapshotMetrics, SnapshotReader snapshots, MetricHistory history,
                        RunSettings settings) {
        return new StepBuilder("computeMetrics", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            BlueprintProperties figures = settings.of(chunkContext.getStepContext().getStepExecution().getJobExecution());
            MetricResults results = snapshotMetrics.compute(run.snapshotId(), run.period(), figures.slaPolicy(),
                    figures.currency());
            if (!results.hasData()) {
                throw new IllegalStateException("nothing to report for " + run.period().label() + ": no lead became"
                        + " an MQL and no deal closed in it (the snapshot's data ends " + run.asOf().atZone(run.zone())
                        .toLocalDate() + "); choose a period with data, nothing was mailed");
            }
            warnOfAnEmptyFunnel(run, results, snapshots);
            history.save(run.runId(), run.snapshotId(), run.asOf(), run.period(), results);
            List<MetricValue> published = results.metrics().stream().filter(value -> run.includes(value.scope())
                    || value.scope().equals(MetricValue.ALL)).toList();
            // The rows of the file: the summary read "371 rows" for a --teams file of 146.
            contribution.incrementWriteCount(published.size());
            OutputFiles.write(run.output().stagedFile("metrics.csv"), out -> MetricsCsv.write(published, out));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /**
     * Deals closed but no lead became an MQL in the period, though the snapshot holds leads: Data Cloud's default
     * 2023-Q4 had its 60 leads in January 2024, and only the PDF said the funnel was empty.
     */
    private static void warnOfAnEmptyFunnel(RunState run, MetricResults results, SnapshotReader snapshots) {
        PublishedSnapshot snapshot = snapshots.snapshot(run.snapshotId());
        if (!results.hasMqls() && snapshot.recorded().isRecorded(RecordedInput.LEADS)) {
            log.warn("{}: no lead became an MQL in it, so every funnel and lead-response figure is empty (the"
                    + " blueprints say so); {}", run.period().label(), snapshot.mqlDays() == null
                    ? "no lead of the snapshot became an MQL (no MQL date, nor a status counted as one)"
                    : "the snapshot's MQLs are dated " + snapshot.mqlDays().label() + ": --period="
                    + Period.quarterOf(snapshot.mqlDays().lastDay(), snapshot.zone()).label() + " holds the latest");
        }
    }
}
