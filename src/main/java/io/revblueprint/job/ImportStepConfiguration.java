package io.revblueprint.job;

import io.revblueprint.crm.Team;
import io.revblueprint.metrics.Period;
import io.revblueprint.snapshot.ColumnLimits;
import io.revblueprint.snapshot.InstantText;
import io.revblueprint.snapshot.ParsedRow;
import io.revblueprint.snapshot.QuarantineExport;
import io.revblueprint.snapshot.QuarantineReasons;
import io.revblueprint.snapshot.ReferenceCheck;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;
import io.revblueprint.snapshot.SnapshotImport;
import io.revblueprint.snapshot.SnapshotManifest;
import io.revblueprint.snapshot.SnapshotReader;
import io.revblueprint.snapshot.SnapshotRepository;
import io.revblueprint.snapshot.SnapshotRowWriter;
import io.revblueprint.snapshot.SnapshotSource;
import io.revblueprint.snapshot.SourceItemReader;
import io.revblueprint.source.ArchiveLimits;
import io.revblueprint.source.SnapshotSources;
import io.revblueprint.source.SourceKind;
import io.revblueprint.source.SourceSpec;
import io.revblueprint.source.jdbc.ReplicaPull;
import io.revblueprint.system.BlueprintProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stage 1: import the snapshot file by file, quarantining bad rows, and publish it only when all is in. */
@Configuration
class ImportStepConfiguration {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    @Bean
    SnapshotSources snapshotSources(BlueprintProperties properties) {
        BlueprintProperties.Source source = properties.source();
        BlueprintProperties.Jdbc jdbc = source.jdbc();
        BlueprintProperties.Archive archive = source.archive();
        return new SnapshotSources(properties.companyTimezone(), source.encoding(),
                source.asOf() == null ? null : asOf(source.asOf(), properties.companyTimezone()),
                new ReplicaPull(jdbc.url(), jdbc.username(), jdbc.password()),
                new ArchiveLimits(archive.maxSize().toBytes(), archive.maxEntries(), archive.maxRatio()));
    }

    /** "Text '2023-04-30' could not be parsed at index 10" named neither the setting nor the form it wants. */
    private static Instant asOf(String text, ZoneId zone) {
        try {
            return InstantText.parse(text, zone);
        } catch (DateTimeException e) {
            throw new RequestException("blueprint.source.as-of=" + text + " is not a date and time; give it as"
                    + " 2026-11-21T02:00:00Z, or with the offset the export uses (2026-11-21T03:00:00+01:00)");
        }
    }

    @Bean
    Step openSnapshot(JobRepository jobRepository, PlatformTransactionManager transactions,
                      SnapshotRepository snapshots, SnapshotSources sources, BlueprintProperties properties,
                      Clock clock) {
        return new StepBuilder("openSnapshot", jobRepository).tasklet((contribution, chunkContext) -> {
            Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
            String location = (String) parameters.get(RunKeys.SNAPSHOT);
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            SourceSpec spec = sources.locate(kindOf((String) parameters.get(RunKeys.SOURCE)), pathOf(location),
                    pathOf((String) parameters.get(RunKeys.MAPPING)),
                    workFolder(parameters, step, properties.importSettings().stagingMaxAge(), clock.instant()));
            SnapshotSource source = sources.open(spec);
            source.check();
            SnapshotManifest manifest = source.manifest();
            refuseFutureAsOf(manifest.asOf(), clock.instant());
            ZoneId zone = manifest.zoneOr(properties.companyTimezone());
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            String described = location.isEmpty()
                    ? "replica " + ReplicaPull.withoutCredentials(properties.source().jdbc().url()) : location;
            job.putLong(RunKeys.SNAPSHOT_ID, snapshots.begin(manifest, zone, described));
            job.putString(RunKeys.SOURCE_KIND, spec.kind().name());
            job.putString(RunKeys.SNAPSHOT_FOLDER, spec.folder().toString());
            job.putString(RunKeys.AS_OF, manifest.asOf().toString());
            job.putString(RunKeys.COMPANY_ZONE, zone.getId());
            job.putString(RunState.PERIOD_LABEL, periodOf(parameters, manifest, zone).label());
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /** One chunk step per file, in import order, sharing the step-scoped reader, parser and writer below. */
    @Bean
    ImportSteps importSteps(JobRepository jobRepository, PlatformTransactionManager transactions,
                           BlueprintProperties properties, ObjectProvider<SourceItemReader> snapshotFileReaders,
                           SnapshotRowWriter<Object> snapshotRowWriter, SnapshotRepository snapshots) {
        return new ImportSteps(SnapshotFormats.IN_IMPORT_ORDER.stream()
                .map(format -> importStep(format, new OncePerStepReader<>(snapshotFileReaders), snapshotRowWriter,
                        jobRepository, transactions, properties.importSettings().chunkSize(), snapshots))
                .toList());
    }

    private static Step importStep(SnapshotFormat<?> format, OncePerStepReader<ParsedRow<Object>> reader,
                                   SnapshotRowWriter<Object> writer, JobRepository jobRepository,
                                   PlatformTransactionManager transactions, int chunkSize, SnapshotRepository snapshots) {
        return new StepBuilder(format.stepName(), jobRepository)
                .<ParsedRow<Object>, ParsedRow<Object>>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(reader)
                .writer(writer)
                .listener(reader)
                .listener(new StepExecutionListener() {
                    // The file is read from its first row on a restart too: what an earlier attempt stored goes first.
                    @Override
                    public void beforeStep(StepExecution step) {
                        snapshots.forgetImported(step.getJobExecution().getExecutionContext().getLong(RunKeys.SNAPSHOT_ID),
                                format);
                    }
                })
                .build();
    }

    /** Of scope "step" without a proxy: {@link OncePerStepReader} takes it from the scope once per step. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    SourceItemReader snapshotFileReader(@Value("#{stepExecution.stepName}") String stepName,
                                        @Value("#{jobParameters['" + RunKeys.MAPPING + "']}") String mapping,
                                        @Value("#{jobExecutionContext['" + RunKeys.SOURCE_KIND + "']}") String kind,
                                        @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_FOLDER + "']}") String folder,
                                        @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_ID + "']}") Long snapshotId,
                                        @Value("#{jobExecutionContext['" + RunKeys.AS_OF + "']}") String asOf,
                                        @Value("#{jobExecutionContext['" + RunKeys.COMPANY_ZONE + "']}") String zone,
                                        SnapshotSources sources, SnapshotRepository snapshots,
                                        BlueprintProperties properties, JdbcTemplate jdbc) {
        SnapshotSource source = sources.open(new SourceSpec(SourceKind.valueOf(kind), Path.of(folder), pathOf(mapping),
                null));
        SnapshotFormat<Object> format = formatOf(stepName);
        return new SourceItemReader(source, format, new RowContext(ZoneId.of(zone), Instant.parse(asOf),
                properties.currency(), ColumnLimits.of(jdbc), source.timestampsExpected()),
                properties.importSettings().chunkSize(),
                new ReferenceCheck(format, snapshots, snapshotId)::resolve, snapshots, snapshotId);
    }

    @Bean
    @StepScope
    SnapshotRowWriter<Object> snapshotRowWriter(@Value("#{stepExecution.stepName}") String stepName,
                                                @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_ID + "']}") Long snapshotId,
                                                SnapshotRepository snapshots) {
        return new SnapshotRowWriter<>(formatOf(stepName), snapshots, snapshotId);
    }

    @Bean
    SnapshotImport snapshotImport(SnapshotRepository snapshots, QuarantineExport quarantine, QuarantineReasons reasons,
                                  BlueprintProperties properties) {
        return new SnapshotImport(snapshots, quarantine, reasons, properties.importSettings().maxBadRowRatio());
    }

    @Bean
    Step publishSnapshot(JobRepository jobRepository, PlatformTransactionManager transactions,
                         SnapshotImport snapshotImport) {
        return new StepBuilder("publishSnapshot", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            snapshotImport.publish(run.snapshotId(), run.output().rejectedQuarantine());
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /**
     * The request checked against the snapshot's teams (imported first) and its as_of: its teams exist, its period is
     * not after its data.
     */
    @Bean
    Step checkRequest(JobRepository jobRepository, PlatformTransactionManager transactions, SnapshotReader snapshots,
                      QuarantineReasons quarantineReasons, BlueprintProperties properties) {
        return new StepBuilder("checkRequest", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            List<Team> teams = snapshots.teams(run.snapshotId());
            RequestCheck.teams(run.teams(), teams,
                    team -> quarantineReasons.ofRowHolding(run.snapshotId(), "teams.csv", team));
            RequestCheck.configuredTeams(properties.teams() == null ? Set.of() : properties.teams().keySet(), teams);
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(RunKeys.DATA_UNTIL, RequestCheck.period(run.period(), run.asOf(), run.zone())
                            .map(LocalDate::toString).orElse(""));
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

    /** Removes what abandoned runs left, then names this run's own folder for an extracted or pulled snapshot. */
    private static Path workFolder(Map<String, Object> parameters, StepExecution step, Duration stagingMaxAge,
                                   Instant now) {
        Path out = Path.of((String) parameters.get(RunKeys.OUT));
        WorkFolders.removeAbandoned(out, stagingMaxAge, now);
        return WorkFolders.freshSnapshotFolder(out, step.getJobExecution().getJobInstance().getInstanceId());
    }

    /** An export cannot be of a moment still to come: such an as_of is a typo or a wrong clock. */
    private static void refuseFutureAsOf(Instant asOf, Instant now) {
        if (asOf.isAfter(now.plus(CLOCK_SKEW))) {
            throw new SnapshotFileException("as_of " + asOf + " is later than this run's clock (" + now
                    + "); correct the export's as_of (snapshot.json or --blueprint.source.as-of), or the clock");
        }
    }

    private static SourceKind kindOf(String source) {
        return source == null || source.isEmpty() ? null : SourceKind.parse(source);
    }

    private static Path pathOf(String path) {
        return path == null || path.isEmpty() ? null : Path.of(path);
    }

    @SuppressWarnings("unchecked")
    private static SnapshotFormat<Object> formatOf(String stepName) {
        return (SnapshotFormat<Object>) SnapshotFormats.IN_IMPORT_ORDER.stream()
                .filter(format -> format.stepName().equals(stepName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no snapshot file for step " + stepName));
    }
}
