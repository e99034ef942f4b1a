package io.revblueprint.job;

import io.revblueprint.system.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Deletes the folder a run made for its snapshot (extracted archives, a pulled replica) once the run completed;
 * a failed run keeps it for its restart, and {@link WorkFolders#removeAbandoned} removes it if none comes. The
 * staging folder goes with it when nothing else is left there.
 */
@Component
class TemporaryFolderCleanup implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(TemporaryFolderCleanup.class);

    @Override
    public void afterJob(JobExecution job) {
        String out = job.getJobParameters().getString(RunKeys.OUT);
        if (job.getStatus() != BatchStatus.COMPLETED || out == null) {
            return;
        }
        Path folder = WorkFolders.snapshotFolder(Path.of(out), job.getJobInstance().getInstanceId());
        try {
            Folders.deleteTree(folder);
            WorkFolders.removeStagingIfEmpty(Path.of(out));
        } catch (IOException e) {
            log.warn("Could not delete the snapshot's work folder {}: {}", folder, e.getMessage());
        }
    }
}
