package io.revblueprint.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.revblueprint.delivery.DeliveryLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a run did, as Micrometer counters beside Batch's own job and step timers: rows imported and quarantined,
 * PDFs rendered, emails sent and failed, runs by status. Also puts the run id into the logging context, so every
 * line of a run (and each structured JSON log line) carries it.
 */
@Component
class RunMetrics implements JobExecutionListener {

    static final String RUN_ID = "run.id";
    private static final Logger log = LoggerFactory.getLogger(RunMetrics.class);

    private final MeterRegistry registry;
    private final DeliveryLog deliveries;
    private final JobRepository repository;

    RunMetrics(MeterRegistry registry, DeliveryLog deliveries, JobRepository repository) {
        this.registry = registry;
        this.deliveries = deliveries;
        this.repository = repository;
    }

    /** The run id, said once at the start too: a text log named it nowhere, so --runs could not be matched to it. */
    @Override
    public void beforeJob(JobExecution job) {
        MDC.put(RUN_ID, Long.toString(job.getJobInstance().getInstanceId()));
        log.info("Run {} started ({})", job.getJobInstance().getInstanceId(), job.getJobInstance().getJobName());
    }

    @Override
    public void afterJob(JobExecution job) {
        // The import steps write every row they read, the bad ones to the quarantine; exportQuarantine counts those.
        long quarantined = writes(job, step -> step.getStepName().equals("exportQuarantine"));
        count("blueprint.rows.imported", writes(job, step -> step.getStepName().startsWith("import")) - quarantined);
        count("blueprint.rows.quarantined", quarantined);
        count("blueprint.pdfs", RunRecord.pdfs(List.of(job)));
        // This attempt's own: a restart of a delivery step a kill cut short goes on from that step's count.
        count("blueprint.emails.sent", RunRecord.deliveredByLast(RunRecord.attemptsUpTo(job, repository)));
        count("blueprint.emails.failed", deliveries.failuresOf(job.getJobInstance().getInstanceId()).size());
        registry.counter("blueprint.runs", "status", job.getStatus().name()).increment();
        MDC.remove(RUN_ID);
    }

    private void count(String name, long amount) {
        registry.counter(name).increment(amount);
    }

    private static long writes(JobExecution job, Predicate<StepExecution> steps) {
        return job.getStepExecutions().stream().filter(steps).mapToLong(StepExecution::getWriteCount).sum();
    }
}
