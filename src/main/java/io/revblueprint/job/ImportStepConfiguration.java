package io.revblueprint.job;

import io.revblueprint.metrics.Period;
import io.revblueprint.snapshot.CsvItemReader;
import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.ParsedRow;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFolder;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;
import io.revblueprint.snapshot.SnapshotImport;
import io.revblueprint.snapshot.SnapshotManifest;
import io.revblueprint.snapshot.SnapshotRepository;
import io.revblueprint.snapshot.SnapshotRowParser;
import io.revblueprint.snapshot.SnapshotRowWriter;
import io.revblueprint.system.BlueprintProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Stage 1: import the snapshot file by file, quarantining bad rows, and publish it only when all is in. */
@Configuration
class ImportStepConfiguration {

    @Bean
    Step openSnapshot(JobRepository jobRepository, PlatformTransactionManager transactions,
                      SnapshotRepository snapshots, BlueprintProperties properties) {
        return new StepBuilder("openSnapshot", jobRepository).tasklet((contribution, chunkContext) -> {
            String location = (String) chunkContext.getStepContext().getJobParameters().get(RunKeys.SNAPSHOT);
            Path folder = SnapshotFolder.resolve(Path.of(location));
            SnapshotFolder.check(folder, properties.companyTimezone());
            SnapshotManifest manifest = SnapshotManifest.read(folder, properties.companyTimezone());
            ZoneId zone = manifest.zoneOr(properties.companyTimezone());
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            job.putLong(RunKeys.SNAPSHOT_ID, snapshots.begin(manifest, zone, location));
            job.putString(RunKeys.SNAPSHOT_FOLDER, folder.toString());
            job.putString(RunKeys.AS_OF, manifest.asOf().toString());
            job.putString(RunKeys.COMPANY_ZONE, zone.getId());
            job.putString(RunState.PERIOD_LABEL, periodOf(chunkContext.getStepContext().getJobParameters(),
                    manifest, zone).label());
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /** One chunk step per file, in import order, sharing the step-scoped reader, parser and writer below. */
    @Bean
    ImportSteps importSteps(JobRepository jobRepository, PlatformTransactionManager transactions,
                           BlueprintProperties properties, CsvItemReader snapshotFileReader,
                           SnapshotRowParser<Object> snapshotRowParser,
                           SnapshotRowWriter<Object> snapshotRowWriter) {
        return new ImportSteps(SnapshotFormats.IN_IMPORT_ORDER.stream()
                .map(format -> (Step) new StepBuilder(format.stepName(), jobRepository)
                        .<CsvRow, ParsedRow<Object>>chunk(properties.importSettings().chunkSize())
                        .transactionManager(transactions)
                        .reader(snapshotFileReader)
                        .processor(snapshotRowParser)
                        .writer(snapshotRowWriter)
                        .build())
                .toList());
    }

    @Bean
    @StepScope
    CsvItemReader snapshotFileReader(@Value("#{stepExecution.stepName}") String stepName,
                                     @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_FOLDER + "']}") String folder) {
        return new CsvItemReader(Path.of(folder).resolve(formatOf(stepName).fileName()));
    }

    @Bean
    @StepScope
    SnapshotRowParser<Object> snapshotRowParser(
            @Value("#{stepExecution.stepName}") String stepName,
            @Value("#{jobExecutionContext['" + RunKeys.AS_OF + "']}") String asOf,
            @Value("#{jobExecutionContext['" + RunKeys.COMPANY_ZONE + "']}") String zone,
            BlueprintProperties properties) {
        return new SnapshotRowParser<>(formatOf(stepName),
                new RowContext(ZoneId.of(zone), Instant.parse(asOf), properties.currency()));
    }

    @Bean
    @StepScope
    SnapshotRowWriter<Object> snapshotRowWriter(@Value("#{stepExecution.stepName}") String stepName,
                                                @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_ID + "']}") Long snapshotId,
                                                SnapshotRepository snapshots) {
        return new SnapshotRowWriter<>(formatOf(stepName), snapshots, snapshotId);
    }

    @Bean
    Step publishSnapshot(JobRepository jobRepository, PlatformTransactionManager transactions,
                         SnapshotRepository snapshots, BlueprintProperties properties) {
        SnapshotImport snapshotImport = new SnapshotImport(snapshots, properties.importSettings().maxBadRowRatio());
        return new StepBuilder("publishSnapshot", jobRepository).tasklet((contribution, chunkContext) -> {
            long snapshotId = chunkContext.getStepContext().getStepExecution().getJobExecution()
                    .getExecutionContext().getLong(RunKeys.SNAPSHOT_ID);
            snapshotImport.publish(snapshotId);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /** The requested period, or the last full quarter before as_of. */
    private static Period periodOf(Map<String, Object> parameters, SnapshotManifest manifest, ZoneId zone) {
        String requested = (String) parameters.get(RunKeys.PERIOD);
        return requested == null || requested.isEmpty()
                ? Period.defaultFor(manifest.asOf(), zone)
                : Period.parse(requested, zone);
    }

    @SuppressWarnings("unchecked")
    private static SnapshotFormat<Object> formatOf(String stepName) {
        return (SnapshotFormat<Object>) SnapshotFormats.IN_IMPORT_ORDER.stream()
                .filter(format -> format.stepName().equals(stepName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no snapshot file for step " + stepName));
    }
}
