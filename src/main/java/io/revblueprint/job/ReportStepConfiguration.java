package io.revblueprint.job;

import io.revblueprint.report.BlueprintAssembler;
import io.revblueprint.report.BlueprintDocuments;
import io.revblueprint.report.BlueprintRenderer;
import io.revblueprint.report.BlueprintRun;
import io.revblueprint.report.RunRecords;
import io.revblueprint.report.document.BenchmarkRules;
import io.revblueprint.system.BlueprintProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Stage 4: render a blueprint PDF per team (one team per chunk, so a restart resumes at the next team) and the
 * executive summary, each with the email that delivers it; what the run stored is read once per step.
 */
@Configuration
class ReportStepConfiguration {

    /** Templates are compiled once per run, on first use. */
    @Bean
    @Lazy
    BlueprintRenderer blueprintRenderer() {
        return BlueprintRenderer.compile();
    }

    /** The step's read model, shared by its reader and writer (a record cannot be proxied, so it is not). */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    RunRecords runRecords(@Value("#{stepExecution}") StepExecution step, BlueprintAssembler assembler,
                          BlueprintProperties properties) {
        return assembler.load(blueprintRun(RunState.of(step), properties));
    }

    @Bean
    Step renderBlueprints(JobRepository jobRepository, PlatformTransactionManager transactions,
                          ListItemReader<String> teamsToRender, ItemWriter<String> teamBlueprintWriter) {
        return new StepBuilder("renderBlueprints", jobRepository)
                .<String, String>chunk(1)
                .transactionManager(transactions)
                .reader(teamsToRender)
                .writer(teamBlueprintWriter)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<String> teamsToRender(@Value("#{stepExecution}") StepExecution step, RunRecords runRecords) {
        RunState run = RunState.of(step);
        return new ListItemReader<>(runRecords.teamsWithFigures().stream().filter(run::includes).toList());
    }

    @Bean
    @StepScope
    ItemWriter<String> teamBlueprintWriter(@Value("#{stepExecution}") StepExecution step, RunRecords runRecords,
                                           ObjectProvider<BlueprintRenderer> renderer) {
        BlueprintDocuments documents = new BlueprintDocuments(renderer.getObject(), runRecords,
                RunState.of(step).output().staging());
        return (Chunk<? extends String> teams) -> teams.forEach(documents::writeTeam);
    }

    @Bean
    Step renderExecutiveSummary(JobRepository jobRepository, PlatformTransactionManager transactions,
                                BlueprintAssembler assembler, ObjectProvider<BlueprintRenderer> renderer,
                                BlueprintProperties properties) {
        return new StepBuilder("renderExecutiveSummary", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            new BlueprintDocuments(renderer.getObject(), assembler.load(blueprintRun(run, properties)),
                    run.output().staging()).writeExecutiveSummary();
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    private static BlueprintRun blueprintRun(RunState run, BlueprintProperties properties) {
        return new BlueprintRun(run.runId(), run.snapshotId(), run.period(), run.dataUntil().orElse(null),
                properties.currency(),
                properties.report().paperSize(), properties.slaPolicy(), properties.planPolicy().targets(),
                properties.report().lossReasonVariants(), new BenchmarkRules(properties.plan().minN(),
                        properties.plan().benchmarkMaxAgeYears(), properties.report().namePeerTeams()),
                properties.delivery().executivesReceiveTeamBlueprints());
    }
}
