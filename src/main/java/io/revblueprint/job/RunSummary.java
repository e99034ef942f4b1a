package io.revblueprint.job;

import io.revblueprint.snapshot.ImportSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;

/** After a successful run, tells where everything is, in words, for the command line to print. */
@Component
class RunSummary implements JobExecutionListener {

    private final ImportSummary imports;
    private final JobRepository repository;

    RunSummary(ImportSummary imports, JobRepository repository) {
        this.imports = imports;
        this.repository = repository;
    }

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        Path out = Path.of(job.getJobParameters().getString(RunKeys.OUT));
        Path period = out.resolve(job.getExecutionContext().getString(RunState.PERIOD_LABEL));
        // A restart runs only the steps that had not completed: the counts come from every attempt.
        List<JobExecution> attempts = RunRecord.attemptsUpTo(job, repository);
        String summary = String.format("""
                        Revenue Growth Blueprint %s is ready in %s
                          %s in %s/<team_id>/%s
                          %s
                          %s
                        %s""",
                period.getFileName(), period,
                pdfs(job.getExecutionContext().getLong(RunKeys.TEAM_PDFS)), period,
                RunRecord.writes(attempts, "renderExecutiveSummary") > 0
                        ? " and the executive summary " + period.resolve("executive-summary.pdf")
                        : " (no executive summary: with --teams it would rank the chosen teams only)",
                job.getExecutionContext().containsKey(RunKeys.TEAMS_MERGED)
                        ? "the period's other teams, CSV files and executive summary are as an earlier run published"
                        + " them (each PDF embeds its team's rows)"
                        : String.format("metrics.csv: %d rows%s, fixes.csv: %d fixes, quarantine.csv: %d rejected"
                        + " input rows", RunRecord.writes(attempts, "computeMetrics"),
                        job.getJobParameters().getString(RunKeys.TEAMS, "").isEmpty() ? ""
                                : " (of the chosen teams and ALL)", RunRecord.writes(attempts, "planFixes"),
                        RunRecord.writes(attempts, "exportQuarantine")),
                email(job, out), imports.describe(job.getExecutionContext().getLong(RunKeys.SNAPSHOT_ID)));
        job.getExecutionContext().putString(RunKeys.SUMMARY, summary);
    }

    private static String email(JobExecution job, Path out) {
        String mode = RunState.emailMode(job);
        StepExecution deliveries = step(job, "deliverBlueprints");
        if ("NONE".equals(mode) || deliveries == null) {
            return "email: off (--email=none)";
        }
        if (deliveries.getReadCount() == 0) {
            // Said, or "0 sent" reads like a mail server that failed.
            return String.format("email (%s): nobody to send to: no active user with a valid email address leads a"
                    + " team (SALES_MANAGER, MARKETING_MANAGER), owns a fix or is an EXECUTIVE; give users those roles"
                    + " and addresses (users.csv, or the export's users and roles)", mode.toLowerCase());
        }
        // The demo's outbox read "13 sent", though nothing leaves the machine.
        // An unconfirmed message is named, not counted: tried in this step (a write) or left by an earlier attempt of
        // the run (filtered, as the already delivered are).
        String unconfirmed = job.getExecutionContext().getString(RunKeys.UNCONFIRMED, null);
        long delivered = deliveries.getExecutionContext().getLong(RunKeys.DELIVERED, 0);
        long unconfirmedEarlier = job.getExecutionContext().getLong(RunKeys.UNCONFIRMED_COUNT, 0)
                - (deliveries.getWriteCount() - delivered);
        return String.format("email (%s): %d %s, %d already delivered earlier%s", mode.toLowerCase(), delivered,
                "OUTBOX".equals(mode) ? "written to " + out.resolve("outbox") : "sent",
                deliveries.getFilterCount() - unconfirmedEarlier, unconfirmed == null ? "" : "; " + unconfirmed);
    }

    private static String pdfs(long count) {
        return count + (count == 1 ? " team blueprint PDF" : " team blueprint PDFs");
    }

    private static StepExecution step(JobExecution job, String stepName) {
        return job.getStepExecutions().stream().filter(step -> step.getStepName().equals(stepName))
                .reduce((first, last) -> last).orElse(null);
    }
}
