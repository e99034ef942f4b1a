package io.revblueprint.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One run as {@code --runs} lists it, over all its executions (a restarted run has several); {@code emails}: the
 * messages it delivered (the delivery step's writes count the failed ones too); {@code forced}: sent with
 * {@code --force}, again to those who had it.
 */
public record RunRecord(long runId, String job, String asOf, String period, String teams, BatchStatus status,
                        LocalDateTime started, Duration duration, long pdfs, long emails, boolean forced) {

    static RunRecord of(JobInstance instance, List<JobExecution> executions) {
        List<JobExecution> inOrder = executions.stream().sorted(Comparator.comparing(JobExecution::getId)).toList();
        JobExecution last = inOrder.get(inOrder.size() - 1);
        return new RunRecord(instance.getInstanceId(), instance.getJobName(),
                last.getExecutionContext().getString(RunKeys.AS_OF, ""),
                last.getExecutionContext().getString(RunState.PERIOD_LABEL, last.getJobParameters().getString(RunKeys.PERIOD, "")),
                last.getJobParameters().getString(RunKeys.TEAMS, ""), last.getStatus(), inOrder.get(0).getStartTime(),
                inOrder.stream().map(RunRecord::duration).reduce(Duration.ZERO, Duration::plus), pdfs(inOrder),
                delivered(inOrder), Boolean.parseBoolean(last.getJobParameters().getString(RunKeys.FORCE)));
    }

    /** The messages delivered over every execution (a restart sends only what is still unsent). */
    static long delivered(List<JobExecution> executions) {
        return deliveredPerAttempt(executions).stream().mapToLong(Long::longValue).sum();
    }

    /** The messages the last of the executions delivered itself. */
    static long deliveredByLast(List<JobExecution> executions) {
        List<Long> perAttempt = deliveredPerAttempt(executions);
        return perAttempt.isEmpty() ? 0 : perAttempt.get(perAttempt.size() - 1);
    }

    /**
     * The messages each delivery step delivered itself, in order. A restart of a step that did not complete (a kill
     * mid-delivery) goes on from its count: summed as they were, --runs said 16 for 12 delivered.
     */
    private static List<Long> deliveredPerAttempt(List<JobExecution> executions) {
        List<Long> perAttempt = new ArrayList<>();
        StepExecution before = null;
        for (StepExecution step : steps(executions, "deliverBlueprints").toList()) {
            long carried = before == null || before.getStatus() == BatchStatus.COMPLETED ? 0 : deliveredBy(before);
            perAttempt.add(deliveredBy(step) - carried);
            before = step;
        }
        return perAttempt;
    }

    private static long deliveredBy(StepExecution step) {
        return step.getExecutionContext().getLong(RunKeys.DELIVERED, 0);
    }

    /** Every execution of the job's run, in order, the job's own as it is now (not as last stored). */
    static List<JobExecution> attemptsUpTo(JobExecution job, JobRepository repository) {
        return Stream.concat(repository.getJobExecutions(job.getJobInstance()).stream()
                        .filter(attempt -> attempt.getId() != job.getId()), Stream.of(job))
                .sorted(Comparator.comparing(JobExecution::getId)).toList();
    }

    /** The team PDFs and the executive summary. */
    static long pdfs(List<JobExecution> executions) {
        return teamPdfs(executions.get(executions.size() - 1), executions)
                + writes(executions, "renderExecutiveSummary");
    }

    private static Duration duration(JobExecution execution) {
        if (execution.getStartTime() == null) {
            return Duration.ZERO;
        }
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        return Duration.between(execution.getStartTime(), end);
    }

    /** As published; a run that did not publish, what it rendered. */
    private static long teamPdfs(JobExecution last, List<JobExecution> executions) {
        return last.getExecutionContext().containsKey(RunKeys.TEAM_PDFS)
                ? last.getExecutionContext().getLong(RunKeys.TEAM_PDFS) : writes(executions, "renderBlueprints");
    }

    /** Items the step wrote over all executions (a restarted step goes on counting where it stopped). */
    static long writes(List<JobExecution> executions, String stepName) {
        return steps(executions, stepName).mapToLong(StepExecution::getWriteCount).sum();
    }

    private static Stream<StepExecution> steps(List<JobExecution> executions, String stepName) {
        return executions.stream().flatMap(execution -> execution.getStepExecutions().stream())
                .filter(step -> step.getStepName().equals(stepName));
    }
}
