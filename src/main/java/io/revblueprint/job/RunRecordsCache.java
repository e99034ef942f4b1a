package io.revblueprint.job;

import io.revblueprint.report.BlueprintAssembler;
import io.revblueprint.report.BlueprintRun;
import io.revblueprint.report.RunRecords;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The run's read model, loaded once per job execution in this JVM and shared by every partition and step that renders
 * here (local threads, or a worker's partitions of the same run), instead of once per partition.
 */
@Component
class RunRecordsCache {

    private final BlueprintAssembler assembler;
    private long jobExecutionId = -1;
    private RunRecords records;

    RunRecordsCache(BlueprintAssembler assembler) {
        this.assembler = assembler;
    }

    synchronized RunRecords of(StepExecution step, BlueprintRun run) {
        if (records == null || jobExecutionId != step.getJobExecutionId()) {
            records = assembler.load(run);
            jobExecutionId = step.getJobExecutionId();
        }
        return records;
    }
}
