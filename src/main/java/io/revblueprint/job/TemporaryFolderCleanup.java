package io.revblueprint.job;

import io.revblueprint.system.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;

/** Deletes the folder a run made for its snapshot (extracted archives, a pulled replica) once the run completed. */
@Component
class TemporaryFolderCleanup implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(TemporaryFolderCleanup.class);

    @Override
    public void afterJob(JobExecution job) {
        ExecutionContext context = job.getExecutionContext();
        if (job.getStatus() != BatchStatus.COMPLETED
                || !Boolean.parseBoolean(context.getString(RunKeys.SNAPSHOT_FOLDER_TEMPORARY, "false"))) {
            return;
        }
        Path folder = Path.of(context.getString(RunKeys.SNAPSHOT_FOLDER));
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            log.warn("Could not delete the snapshot's temporary folder {}: {}", folder, e.getMessage());
        }
    }
}
