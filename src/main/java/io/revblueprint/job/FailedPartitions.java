package io.revblueprint.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import java.util.List;

/**
 * Replaces Spring Batch's "Partition handler returned an unsuccessful step" with the partitions that failed, their
 * teams and why, read from the job repository (a remote worker's exception lives only there, as its exit description).
 */
class FailedPartitions implements StepExecutionListener {

    private static final String CAUSED_BY = "Caused by: ";

    private final JobRepository repository;
    private final String workerStep;

    FailedPartitions(JobRepository repository, String workerStep) {
        this.repository = repository;
        this.workerStep = workerStep;
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        if (manager.getStatus() != BatchStatus.FAILED) {
            return null;
        }
        List<String> failed = repository.getJobExecution(manager.getJobExecutionId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(workerStep + ":"))
                .filter(step -> step.getStatus() != BatchStatus.COMPLETED)
                .map(FailedPartitions::describe).toList();
        if (!failed.isEmpty()) {
            manager.getFailureExceptions().clear();
            manager.addFailureException(new PartitionsFailedException(failed));
        }
        return null;
    }

    /** Its name, teams and the innermost cause its exit description (a stack trace) names. */
    private static String describe(StepExecution partition) {
        List<String> trace = partition.getExitStatus().getExitDescription().lines().toList();
        String why = trace.stream().filter(line -> line.startsWith(CAUSED_BY)).reduce((first, last) -> last)
                .map(line -> line.substring(CAUSED_BY.length()))
                .orElse(trace.isEmpty() ? partition.getStatus().name() : trace.get(0));
        return partition.getStepName().substring(workerStepLength(partition)) + " ("
                + String.join(", ", TeamPartitioner.teamsOf(partition.getExecutionContext())) + ") " + why;
    }

    private static int workerStepLength(StepExecution partition) {
        return partition.getStepName().indexOf(':') + 1;
    }

    /** The partitions of a step that did not complete; a restart reruns only those. */
    static final class PartitionsFailedException extends RuntimeException {

        PartitionsFailedException(List<String> partitions) {
            super(partitions.size() + " partition(s) failed, a restart reruns only them: " + String.join("; ", partitions));
        }
    }
}
