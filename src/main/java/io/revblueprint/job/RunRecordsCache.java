package io.revblueprint.job;

import io.revblueprint.report.BlueprintAssembler;
import io.revblueprint.report.BlueprintRun;
import io.revblueprint.report.RunRecords;
import io.revblueprint.report.document.BenchmarkRules;
import io.revblueprint.system.BlueprintProperties;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The run's read model, loaded once per job execution in this JVM and shared by every partition and step that renders
 * here (local threads, or a worker's partitions of the same run), instead of once per partition.
 */
@Component
class RunRecordsCache {

    private final BlueprintAssembler assembler;
    private final RunSettings settings;
    private long jobExecutionId = -1;
    private RunRecords records;

    RunRecordsCache(BlueprintAssembler assembler, RunSettings settings) {
        this.assembler = assembler;
        this.settings = settings;
    }

    /** The records of the run {@code step} belongs to. */
    synchronized RunRecords of(StepExecution step) {
        if (records == null || jobExecutionId != step.getJobExecutionId()) {
            records = assembler.load(blueprintRun(RunState.of(step), settings.of(step.getJobExecution())));
            jobExecutionId = step.getJobExecutionId();
        }
        return records;
    }

    private static BlueprintRun blueprintRun(RunState run, BlueprintProperties properties) {
        return new BlueprintRun(run.runId(), run.snapshotId(), run.period(), run.dataUntil().orElse(null),
                properties.currency(),
                properties.report().paperSize(), properties.slaPolicy(), properties.planPolicy().targets(),
                properties.report().lossReasonVariants(), new BenchmarkRules(properties.plan().minN(),
                        properties.plan().benchmarkMaxAgeYears(), properties.report().namePeerTeams()),
                properties.delivery().executivesReceiveTeamBlueprints());
    }
}
