package io.revblueprint.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The nightly job: import, metrics, plan, reports, publish, deliver — each stage configured in its own class; and the
 * rerun of a period, which takes an earlier run's stored snapshot instead of importing.
 */
@Configuration
class BlueprintJobConfiguration {

    /** The steps on a published snapshot, the same in both jobs. */
    record StepsOnSnapshot(List<Step> steps) {
    }

    /** What every run does around its steps: summary, cleanup, graceful stop, metrics and the run id in the log. */
    record RunListeners(List<JobExecutionListener> listeners) {
    }

    @Bean
    StepsOnSnapshot stepsOnSnapshot(Step computeMetrics, Step planFixes, Step renderBlueprints,
                                    Step renderExecutiveSummary, Step exportQuarantine, Step publishOutputs,
                                    Step deliverBlueprints, Step checkDeliveries) {
        return new StepsOnSnapshot(List.of(computeMetrics, planFixes, renderBlueprints,
                renderExecutiveSummary, exportQuarantine, publishOutputs, deliverBlueprints, checkDeliveries));
    }

    @Bean
    RunListeners runListeners(RunSummary runSummary, TemporaryFolderCleanup cleanup, GracefulStop gracefulStop,
                              RunMetrics metrics) {
        return new RunListeners(List.of(metrics, runSummary, cleanup, gracefulStop));
    }

    @Bean
    Job nightlyBlueprint(JobRepository jobRepository, Step openSnapshot, ImportSteps importSteps, Step checkRequest,
                         Step publishSnapshot, StepsOnSnapshot stepsOnSnapshot, RunListeners listeners) {
        // The request is checked once the teams are in: a typo in --teams is refused before the long part of the import.
        SimpleJobBuilder job = new JobBuilder(RunKeys.JOB_NAME, jobRepository).start(openSnapshot)
                .next(importSteps.teams()).next(checkRequest);
        for (Step importStep : importSteps.afterTeams()) {
            job = job.next(importStep);
        }
        return then(job.next(publishSnapshot), stepsOnSnapshot, listeners);
    }

    @Bean
    Job periodRerun(JobRepository jobRepository, Step reuseSnapshot, Step checkRequest, StepsOnSnapshot stepsOnSnapshot,
                    RunListeners listeners) {
        return then(new JobBuilder(RunKeys.RERUN_JOB_NAME, jobRepository).start(reuseSnapshot).next(checkRequest),
                stepsOnSnapshot, listeners);
    }

    private static Job then(SimpleJobBuilder job, StepsOnSnapshot steps, RunListeners listeners) {
        for (Step step : steps.steps()) {
            job = job.next(step);
        }
        for (JobExecutionListener listener : listeners.listeners()) {
            job.listener(listener);
        }
        return job.build();
    }
}
