package io.revblueprint.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes the previous check's quarantine.csv before a check starts: a check that fails before writing its own
 * left the last one in place, to be read as this export's bad rows.
 */
final class LastCheckQuarantine implements JobExecutionListener {

    @Override
    public void beforeJob(JobExecution job) {
        String out = job.getJobParameters().getString(RunKeys.OUT);
        if (out == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(out).resolve(CheckJobConfiguration.QUARANTINE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the previous check's quarantine.csv", e);
        }
    }
}
