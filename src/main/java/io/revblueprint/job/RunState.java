package io.revblueprint.job;

import io.revblueprint.metrics.Period;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a step knows about its run: ids, snapshot, period (and its last date with data when partial), output folder,
 * team selection and delivery mode.
 */
record RunState(long runId, long snapshotId, Instant asOf, ZoneId zone, Period period, Optional<LocalDate> dataUntil,
                OutputFolder output, List<String> teams, String email, boolean force) {

    static final String PERIOD_LABEL = "period.label";

    static RunState of(StepExecution step) {
        JobExecution job = step.getJobExecution();
        JobParameters parameters = job.getJobParameters();
        ExecutionContext context = job.getExecutionContext();
        ZoneId zone = ZoneId.of(context.getString(RunKeys.COMPANY_ZONE));
        Period period = Period.parse(context.getString(PERIOD_LABEL), zone);
        long runId = job.getJobInstance().getInstanceId();
        String teams = parameters.getString(RunKeys.TEAMS);
        String dataUntil = context.getString(RunKeys.DATA_UNTIL, "");
        return new RunState(runId, context.getLong(RunKeys.SNAPSHOT_ID), Instant.parse(context.getString(RunKeys.AS_OF)),
                zone, period, dataUntil.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(dataUntil)),
                new OutputFolder(Path.of(parameters.getString(RunKeys.OUT)), period.label(), runId),
                teams == null || teams.isEmpty() ? List.of() : Arrays.asList(teams.split(",")),
                emailMode(job), Boolean.parseBoolean(parameters.getString(RunKeys.FORCE)));
    }

    /** SMTP, OUTBOX or NONE: as the run was started, unless a restart asked for one that reaches fewer. */
    static String emailMode(JobExecution job) {
        return job.getExecutionContext().getString(RunKeys.EMAIL_ON_RESTART,
                job.getJobParameters().getString(RunKeys.EMAIL));
    }

    /** The period's label, "-partial" while the period is not over: its plans are apart from the complete one's. */
    String edition() {
        return period.editionLabel(dataUntil.isPresent());
    }

    /** Whether the run is about chosen teams only ({@code --teams}). */
    boolean chosenTeamsOnly() {
        return !teams.isEmpty();
    }

    /** Whether the team's outputs are wanted (all teams when none were selected). */
    boolean includes(String teamId) {
        return teams.isEmpty() || teams.contains(teamId);
    }
}
