package io.revblueprint.job;

import io.revblueprint.report.BlueprintAssembler;
import io.revblueprint.report.BlueprintFiles;
import io.revblueprint.report.BlueprintRenderer;
import io.revblueprint.report.BlueprintRun;
import io.revblueprint.report.ReportTemplates;
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
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Stage 4: render a blueprint PDF per team (one team per chunk, so a restart resumes at the next team) and the executive summary. */
@Configuration
class ReportStepConfiguration {

    /** Templates are compiled once per run, on first use. */
    @Bean
    @Lazy
    BlueprintRenderer blueprintRenderer() {
        return new BlueprintRenderer(ReportTemplates.compile());
    }

    static BlueprintRun blueprintRun(RunState run, BlueprintProperties properties) {
        return new BlueprintRun(run.runId(), run.snapshotId(), run.period(), properties.currency(),
                properties.report().paperSize(), properties.slaPolicy(), properties.planPolicy().targets());
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
    ListItemReader<String> teamsToRender(@Value("#{stepExecution}") StepExecution step, BlueprintAssembler assembler) {
        RunState run = RunState.of(step);
        return new ListItemReader<>(assembler.teamsWithFigures(run.runId(), run.snapshotId()).stream()
                .filter(run::includes).toList());
    }

    @Bean
    @StepScope
    ItemWriter<String> teamBlueprintWriter(@Value("#{stepExecution}") StepExecution step, BlueprintAssembler assembler,
                                           ObjectProvider<BlueprintRenderer> renderer, BlueprintProperties properties) {
        RunState run = RunState.of(step);
        BlueprintRun blueprintRun = blueprintRun(run, properties);
        return (Chunk<? extends String> teams) -> {
            for (String teamId : teams) {
                write(run, BlueprintFiles.teamPdf(teamId, run.period().label()), renderer.getObject().renderTeam(assembler.team(blueprintRun, teamId)));
            }
        };
    }

    @Bean
    Step renderExecutiveSummary(JobRepository jobRepository, PlatformTransactionManager transactions,
                                BlueprintAssembler assembler, ObjectProvider<BlueprintRenderer> renderer,
                                BlueprintProperties properties) {
        return new StepBuilder("renderExecutiveSummary", jobRepository).tasklet((contribution, chunkContext) -> {
            RunState run = RunState.of(chunkContext.getStepContext().getStepExecution());
            var summary = assembler.executiveSummary(blueprintRun(run, properties),
                    assembler.teamsWithFigures(run.runId(), run.snapshotId()));
            write(run, BlueprintFiles.EXECUTIVE_SUMMARY, renderer.getObject().renderExecutiveSummary(summary));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    private static void write(RunState run, String relativePath, byte[] pdf) {
        try {
            Files.write(run.output().stagedFile(relativePath), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath, e);
        }
    }
}
