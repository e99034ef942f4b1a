package io.revblueprint.job;

import io.revblueprint.snapshot.SnapshotFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;

/**
 * Logs a failed step's exception with its stack trace, unless it is a snapshot or a folder the user must fix: the
 * command line says that one in one line, what to do included, and a stack trace would only bury it. Nor is the
 * summary of failed partitions logged: each partition's own failure is (here, or in the worker's log).
 */
@Component
class FailureLog implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

    private static boolean toFix(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SnapshotFileException || cause instanceof UncheckedIOException
                    || cause instanceof FailedPartitions.PartitionsFailedException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void afterJob(JobExecution job) {
        for (StepExecution step : job.getStepExecutions()) {
            for (Throwable failure : step.getFailureExceptions()) {
                if (!toFix(failure)) {
                    log.error("Step {} failed", step.getStepName(), failure);
                }
            }
        }
    }
}
