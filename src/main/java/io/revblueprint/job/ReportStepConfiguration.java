package io.revblueprint.job;

import io.revblueprint.report.BlueprintDocuments;
import io.revblueprint.report.BlueprintRenderer;
import io.revblueprint.system.PartitioningProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Stage 4: render a blueprint PDF per team and the executive summary, each with the email that delivers it. The teams
 * are split into partitions rendered in parallel ({@link PartitioningProperties}): on local threads, or by workers over
 * RabbitMQ ({@link RemotePartitioningConfiguration}); a restart reruns only the partitions that did not complete.
 * What the run stored is read once per job execution and JVM ({@link RunRecordsCache}).
 */
@Configuration
class ReportStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportStepConfiguration.class);

    static final String RENDER_TEAMS = "renderTeams";

    /** Templates are compiled once, on first use, and shared by every thread. */
    @Bean
    @Lazy
    BlueprintRenderer blueprintRenderer() {
        return BlueprintRenderer.compile();
    }

    @Bean
    Step renderBlueprints(JobRepository jobRepository, Partitioner teamPartitioner,
                          PartitionHandler renderPartitions) {
        return new StepBuilder("renderBlueprints", jobRepository)
                .partitioner(RENDER_TEAMS, teamPartitioner)
                .partitionHandler(renderPartitions)
                .listener(new FailedPartitions(jobRepository, RENDER_TEAMS))
                .build();
    }

    /** Local partitions: each on a thread of a pool sized to the cores (or {@code blueprint.partitioning.threads}). */
    @Bean
    @ConditionalOnProperty(name = "blueprint.partitioning.remote", havingValue = "false", matchIfMissing = true)
    PartitionHandler renderPartitions(Step renderTeams, PartitioningProperties partitioning) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("render-");
        threads.setConcurrencyLimit(partitioning.threadCount());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(renderTeams);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitioning.partitions());
        return handler;
    }

    /** The run's teams, read when the step starts (a record cannot be proxied by class, so by its interface). */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    Partitioner teamPartitioner(@Value("#{stepExecution}") StepExecution step, RunRecordsCache cache) {
        RunState run = RunState.of(step);
        return new TeamPartitioner(cache.of(step).teamsWithFigures().stream().filter(run::includes).toList());
    }

    /** One partition: its teams, one per chunk. */
    @Bean
    Step renderTeams(JobRepository jobRepository, PlatformTransactionManager transactions,
                     ListItemReader<String> teamsOfPartition, ItemWriter<String> teamBlueprintWriter) {
        return new StepBuilder(RENDER_TEAMS, jobRepository)
                .<String, String>chunk(1)
                .transactionManager(transactions)
                .reader(teamsOfPartition)
                .writer(teamBlueprintWriter)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<String> teamsOfPartition(@Value("#{stepExecution}") StepExecution step) {
        return new ListItemReader<>(TeamPartitioner.teamsOf(step.getExecutionContext()));
    }

    @Bean
    @StepScope
    ItemWriter<String> teamBlueprintWriter(@Value("#{stepExecution}") StepExecution step, RunRecordsCache cache,
                                           ObjectProvider<BlueprintRenderer> renderer) {
        BlueprintDocuments documents = new BlueprintDocuments(renderer.getObject(), cache.of(step),
                RunState.of(step).output().staging());
        return (Chunk<? extends String> teams) -> teams.forEach(teamId -> {
            documents.writeTeam(teamId);
            log.debug("Rendered {} in {}", teamId, step.getStepName());
        });
    }

    @Bean
    Step renderExecutiveSummary(JobRepository jobRepository, PlatformTransactionManager transactions,
                                RunRecordsCache cache, ObjectProvider<BlueprintRenderer> renderer) {
        return new StepBuilder("renderExecutiveSummary", jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            // It ranks every team: made of the chosen ones only, it was mailed to executives as the company's.
            if (!RunState.of(step).chosenTeamsOnly()) {
                new BlueprintDocuments(renderer.getObject(), cache.of(step), RunState.of(step).output().staging())
                        .writeExecutiveSummary();
                contribution.incrementWriteCount(1);
            }
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
