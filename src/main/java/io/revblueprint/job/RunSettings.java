package io.revblueprint.job;

import io.revblueprint.system.BlueprintProperties;
import io.revblueprint.system.FigureSettings;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * The settings a run's figures follow: today's, kept with the run by the first step that computes, so its restart and
 * a QBR rerun (which takes them from the run it repeats) give the same figures and fixes as the run did.
 */
@Component
class RunSettings {

    private final BlueprintProperties today;

    RunSettings(BlueprintProperties today) {
        this.today = today;
    }

    BlueprintProperties of(JobExecution run) {
        ExecutionContext job = run.getExecutionContext();
        if (!job.containsKey(RunKeys.FIGURE_SETTINGS)) {
            job.putString(RunKeys.FIGURE_SETTINGS, FigureSettings.of(today));
        }
        return FigureSettings.applied(job.getString(RunKeys.FIGURE_SETTINGS), today);
    }
}
