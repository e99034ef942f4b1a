package io.revblueprint.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import io.revblueprint.metrics.Period;
import io.revblueprint.snapshot.SnapshotReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the nightly job once: restarts the last run of the same snapshot, period, output and teams where it
 * stopped if it failed, otherwise starts a new run. The caller holds the run lock, so a run still marked running
 * (STARTED, STOPPING) was left so by a process that is gone: it is recovered first.
 */
@Component
public class BlueprintLauncher {

    private static final Logger log = LoggerFactory.getLogger(BlueprintLauncher.class);
    private static final List<String> IDENTIFYING = List.of(RunKeys.SNAPSHOT, RunKeys.SNAPSHOT_FINGERPRINT,
            RunKeys.SOURCE, RunKeys.MAPPING, RunKeys.PERIOD, RunKeys.OUT, RunKeys.TEAMS, RunKeys.RERUN_OF);

    /** The email modes, from the one that reaches nobody to the one that reaches everyone. */
    private static final List<String> EMAIL_BY_REACH = List.of("NONE", "OUTBOX", "SMTP");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final Job check;
    private final Job rerun;
    private final SnapshotReader snapshots;

    public BlueprintLauncher(JobOperator operator, JobRepository repository, Job nightlyBlueprint, Job checkSnapshot,
                             Job periodRerun, SnapshotReader snapshots) {
        this.operator = operator;
        this.repository = repository;
        this.snapshots = snapshots;
        this.job = nightlyBlueprint;
        this.check = checkSnapshot;
        this.rerun = periodRerun;
    }

    /** Reads and maps the run's source without the rest of the job; each check is a run of its own. */
    public JobExecution check(RunParameters run) throws Exception {
        return operator.start(check, new JobParametersBuilder(parameters(run, 0))
                .addLong(RunKeys.ATTEMPT, System.currentTimeMillis()).toJobParameters());
    }

    public JobExecution launch(RunParameters run) throws Exception {
        return startOrRestart(job, parameters(run, 0));
    }

    /** The run that completed on the same export, period, output and teams, if it is the last of its kind. */
    public Optional<Long> completedRunLike(RunParameters run) {
        JobExecution last = lastExecutionLike(job.getName(), parameters(run, 0));
        return last != null && last.getStatus() == BatchStatus.COMPLETED
                ? Optional.of(last.getJobInstance().getInstanceId()) : Optional.empty();
    }

    /**
     * Runs {@code run}'s period again on the snapshot its last completed run used, as that run planned it: the same
     * metrics and fixes, for a QBR; delivered again only with {@code --force}.
     */
    public JobExecution rerun(RunParameters run) throws Exception {
        RunRecord earlier = runToRepeat(run.period());
        long imported = importingRun(earlier.runId());
        log.info("Rerunning {} on the snapshot of run {} (as of {}){}, email: {}", earlier.period(), imported,
                earlier.asOf(), imported == earlier.runId() ? "" : " as rerun " + earlier.runId() + " planned it",
                lower(run.email()));
        return startOrRestart(rerun, new JobParametersBuilder()
                .addLong(RunKeys.RERUN_OF, earlier.runId())
                .addString(RunKeys.PERIOD, earlier.period())
                .addString(RunKeys.OUT, run.out().toAbsolutePath().normalize().toString())
                .addString(RunKeys.TEAMS, String.join(",", run.teams()))
                .addLong(RunKeys.ATTEMPT, 0L)
                .addString(RunKeys.EMAIL, run.email(), false)
                .addString(RunKeys.FORCE, Boolean.toString(run.force()), false)
                .toJobParameters());
    }

    /**
     * The run that imported the snapshot a run used: itself, or for a rerun the run it repeated, and so on. "On the
     * snapshot of run 6" named a rerun, which imported nothing.
     */
    private long importingRun(long runId) {
        Long repeated = repository.getLastJobExecution(repository.getJobInstance(runId)).getJobParameters()
                .getLong(RunKeys.RERUN_OF);
        return repeated == null ? runId : importingRun(repeated);
    }

    /** Whether the run a rerun of {@code period} repeats was made with {@code --email=none}. */
    public boolean repeatsAnUnmailedRun(String period) {
        return "NONE".equals(RunState.emailMode(repository.getLastJobExecution(
                repository.getJobInstance(runToRepeat(period).runId()))));
    }

    private RunRecord runToRepeat(String period) {
        String label = Period.parse(period, ZoneOffset.UTC).label();
        return recentRuns().stream()
                .filter(record -> record.period().equals(label) && record.status() == BatchStatus.COMPLETED)
                .findFirst()
                .orElseThrow(() -> new RequestException("no completed run of " + label + " to rerun; give the"
                        + " snapshot with --snapshot=PATH (--runs lists the runs)"));
    }

    /**
     * Marks FAILED, for the same command to restart, every run a process that is gone left running: called holding
     * the run lock, so none of them runs. A killed rerun showed STARTED in --runs, its time growing, until the same
     * command ran again.
     */
    public void recoverRunsLeftRunning() {
        for (String name : List.of(RunKeys.JOB_NAME, RunKeys.RERUN_JOB_NAME)) {
            for (JobExecution execution : repository.findRunningJobExecutions(name)) {
                log.info("Run {} was left {} by a process that is gone: marked FAILED, and the same command restarts it"
                        + " where it stopped", execution.getJobInstance().getInstanceId(), execution.getStatus());
                operator.recover(execution);
            }
        }
    }

    /** The runs of both jobs, newest first. */
    public List<RunRecord> recentRuns() {
        return Stream.of(RunKeys.JOB_NAME, RunKeys.RERUN_JOB_NAME)
                .flatMap(name -> repository.findJobInstances(name).stream())
                .sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
                .map(instance -> RunRecord.of(instance, repository.getJobExecutions(instance)))
                .toList();
    }

    private JobExecution startOrRestart(Job job, JobParameters requested) throws Exception {
        JobExecution previous = lastExecutionLike(job.getName(), requested);
        // A stop (SIGTERM) then a kill before the step ended leaves the run STOPPED with its step still STARTED:
        // Batch refuses to restart that as "already running", every night, until it is recovered.
        boolean leftRunning = previous != null && (previous.isRunning() || hasRunningStep(previous));
        if (leftRunning) {
            log.info("Run {} was left {} by a process that is gone (this run holds the run lock now): recovering it and"
                    + " restarting where it stopped", previous.getJobInstance().getInstanceId(), previous.getStatus());
            previous = operator.recover(previous);
        } else if (previous != null && isRestartable(previous.getStatus())) {
            log.info("Restarting run {} where it stopped ({})", previous.getJobInstance().getInstanceId(), previous.getStatus());
        }
        if (previous != null && (leftRunning || isRestartable(previous.getStatus())) && onStoredSnapshot(previous)) {
            return abandonedIfRefused(operator.restart(emailAsAsked(previous, requested)));
        }
        long attempt = previous == null ? 1 : previous.getJobParameters().getLong(RunKeys.ATTEMPT) + 1;
        return abandonedIfRefused(operator.start(job, new JobParametersBuilder(requested).addLong(RunKeys.ATTEMPT, attempt)
                .toJobParameters()));
    }

    /**
     * A run refused for its command line (a --teams typo found once the export's teams are in) is abandoned, not
     * left FAILED: restarting it would be refused again, and the corrected command is a run of its own.
     */
    private JobExecution abandonedIfRefused(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.FAILED
                && execution.getAllFailureExceptions().stream().anyMatch(RequestException::isIn)) {
            abandon(execution);
        }
        return execution;
    }

    /** Never to be restarted: the next run of its kind starts anew. */
    private void abandon(JobExecution execution) {
        execution.setStatus(BatchStatus.ABANDONED);
        repository.update(execution);
    }

    /**
     * Whether the run's snapshot is still stored; when another import of the same export replaced it, the run goes
     * on with that import (the same rows), and when nothing of it is left the run is abandoned, to be run anew: its
     * restart failed with "Incorrect result size: expected 1, actual 0" every night.
     */
    private boolean onStoredSnapshot(JobExecution restarted) {
        ExecutionContext context = restarted.getExecutionContext();
        if (!context.containsKey(RunKeys.SNAPSHOT_ID) || !context.containsKey(RunKeys.AS_OF)) {
            return true;
        }
        long used = context.getLong(RunKeys.SNAPSHOT_ID);
        Optional<Long> stored = snapshots.storedOrReplacement(used, Instant.parse(context.getString(RunKeys.AS_OF)));
        if (stored.isEmpty()) {
            log.info("The snapshot run {} imported is no longer stored: it is abandoned and the export imported anew",
                    restarted.getJobInstance().getInstanceId());
            abandon(restarted);
            return false;
        }
        if (stored.get() != used) {
            log.info("The snapshot run {} imported was replaced by a later import of the same export: it continues on"
                    + " that import, snapshot {}", restarted.getJobInstance().getInstanceId(), stored.get());
            context.putLong(RunKeys.SNAPSHOT_ID, stored.get());
            repository.updateExecutionContext(restarted);
        }
        return true;
    }

    /**
     * A restart keeps its run's parameters: it mailed everyone though asked for --email=none, and went on failing
     * over a broken SMTP server though asked for the outbox. It goes by what it is asked now, kept with the run, as
     * far as its run went: a restart never mails more than its run would (a default is never less than the run's).
     */
    private JobExecution emailAsAsked(JobExecution restarted, JobParameters requested) {
        String started = restarted.getJobParameters().getString(RunKeys.EMAIL);
        String asked = requested.getString(RunKeys.EMAIL);
        String next = EMAIL_BY_REACH.indexOf(asked) <= EMAIL_BY_REACH.indexOf(started) ? asked : started;
        if (!next.equals(RunState.emailMode(restarted))) {
            log.info("Run {} started with --email={}; it continues with --email={}, as asked",
                    restarted.getJobInstance().getInstanceId(), lower(started), lower(next));
            if (next.equals(started)) {
                restarted.getExecutionContext().remove(RunKeys.EMAIL_ON_RESTART);
            } else {
                restarted.getExecutionContext().putString(RunKeys.EMAIL_ON_RESTART, next);
            }
            repository.updateExecutionContext(restarted);
        } else if (!next.equals(asked)) {
            log.info("Run {} started with --email={}; a restart never mails more than its run would, so it keeps that",
                    restarted.getJobInstance().getInstanceId(), lower(started));
        }
        return restarted;
    }

    private static String lower(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    private static boolean hasRunningStep(JobExecution execution) {
        return execution.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning());
    }

    private static boolean isRestartable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    private JobExecution lastExecutionLike(String jobName, JobParameters requested) {
        JobInstance last = null;
        for (JobInstance instance : repository.findJobInstances(jobName)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null && sameRun(execution.getJobParameters(), requested)
                    && (last == null || instance.getInstanceId() > last.getInstanceId())) {
                last = instance;
            }
        }
        return last == null ? null : repository.getLastJobExecution(last);
    }

    private static boolean sameRun(JobParameters stored, JobParameters requested) {
        return IDENTIFYING.stream().allMatch(key -> Objects.equals(text(stored, key), text(requested, key)));
    }

    private static String text(JobParameters parameters, String key) {
        return parameters.getParameter(key) == null ? null : String.valueOf(parameters.getParameter(key).value());
    }

    private static JobParameters parameters(RunParameters run, long attempt) {
        return new JobParametersBuilder()
                .addString(RunKeys.SNAPSHOT, absolute(run.snapshot()))
                .addString(RunKeys.SNAPSHOT_FINGERPRINT, SnapshotFingerprint.of(run.snapshot(), run.mapping()))
                .addString(RunKeys.SOURCE, run.source() == null ? "" : run.source())
                .addString(RunKeys.MAPPING, absolute(run.mapping()))
                .addString(RunKeys.PERIOD, run.period() == null ? "" : run.period())
                .addString(RunKeys.OUT, run.out().toAbsolutePath().normalize().toString())
                .addString(RunKeys.TEAMS, String.join(",", run.teams()))
                .addLong(RunKeys.ATTEMPT, attempt)
                .addString(RunKeys.EMAIL, run.email(), false)
                .addString(RunKeys.FORCE, Boolean.toString(run.force()), false)
                .addString(RunKeys.PLANNED_ON, run.plannedOn() == null ? "" : run.plannedOn().toString(), false)
                .toJobParameters();
    }

    /** The path as a parameter: absolute, or empty for none. */
    private static String absolute(Path path) {
        return path == null ? "" : path.toAbsolutePath().normalize().toString();
    }
}
