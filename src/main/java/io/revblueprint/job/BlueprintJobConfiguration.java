package io.revblueprint.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly job: import, metrics, plan, reports, publish, deliver — each stage configured in its own class. */
@Configuration
class BlueprintJobConfiguration {

    @Bean
    Job nightlyBlueprint(JobRepository jobRepository, Step openSnapshot, ImportSteps importSteps, Step publishSnapshot,
                         Step checkRequest,
                         Step computeMetrics, Step planFixes, Step renderBlueprints, Step renderExecutiveSummary,
                         Step exportQuarantine, Step publishOutputs, Step deliverBlueprints, Step checkDeliveries,
                         RunSummary runSummary,
                         TemporaryFolderCleanup cleanup, FailureLog failures) {
        SimpleJobBuilder job = new JobBuilder(RunKeys.JOB_NAME, jobRepository).start(openSnapshot);
        for (Step importStep : importSteps.steps()) {
            job = job.next(importStep);
        }
        return job.next(publishSnapshot)
                .next(checkRequest)
                .next(computeMetrics)
                .next(planFixes)
                .next(renderBlueprints)
                .next(renderExecutiveSummary)
                .next(exportQuarantine)
                .next(publishOutputs)
                .next(deliverBlueprints)
                .next(checkDeliveries)
                .listener(runSummary)
                .listener(cleanup)
                .listener(failures)
                .build();
    }
}
