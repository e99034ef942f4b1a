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

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Runs the nightly job once: restarts the last run of the same snapshot, period, output and teams where it
 * stopped if it failed, otherwise starts a new run.
 */
@Component
public class BlueprintLauncher {

    private static final Logger log = LoggerFactory.getLogger(BlueprintLauncher.class);
    private static final List<String> IDENTIFYING = List.of(RunKeys.SNAPSHOT, RunKeys.SNAPSHOT_FINGERPRINT,
            RunKeys.SOURCE, RunKeys.MAPPING, RunKeys.PERIOD, RunKeys.OUT, RunKeys.TEAMS);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final Job check;

    public BlueprintLauncher(JobOperator operator, JobRepository repository, Job nightlyBlueprint, Job checkSnapshot) {
        this.operator = operator;
        this.repository = repository;
        this.job = nightlyBlueprint;
        this.check = checkSnapshot;
    }

    /** Reads and maps the run's source without the rest of the job; each check is a run of its own. */
    public JobExecution check(RunParameters run) throws Exception {
        return operator.start(check, new JobParametersBuilder(parameters(run, 0))
                .addLong(RunKeys.ATTEMPT, System.currentTimeMillis()).toJobParameters());
    }

    public JobExecution launch(RunParameters run) throws Exception {
        JobParameters requested = parameters(run, 0);
        JobExecution previous = lastExecutionLike(requested);
        if (previous != null && isRestartable(previous.getStatus())) {
            log.info("Restarting run {} where it stopped ({})", previous.getJobInstance().getInstanceId(), previous.getStatus());
            return operator.restart(previous.getStatus() == BatchStatus.STARTED ? operator.recover(previous) : previous);
        }
        long attempt = previous == null ? 1 : previous.getJobParameters().getLong(RunKeys.ATTEMPT) + 1;
        return operator.start(job, parameters(run, attempt));
    }

    /** STARTED here means a run that died without recording its end (a killed pod): it is recovered and restarted. */
    private static boolean isRestartable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.STARTED;
    }

    private JobExecution lastExecutionLike(JobParameters requested) {
        JobInstance last = null;
        for (JobInstance instance : repository.findJobInstances(RunKeys.JOB_NAME)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null && sameRun(execution.getJobParameters(), requested)
                    && (last == null || instance.getInstanceId() > last.getInstanceId())) {
                last = instance;
            }
        }
        return last == null ? null : repository.getLastJobExecution(last);
    }

    private static boolean sameRun(JobParameters stored, JobParameters requested) {
        return IDENTIFYING.stream().allMatch(key -> Objects.equals(stored.getString(key), requested.getString(key)));
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
                .toJobParameters();
    }

    /** The path as a parameter: absolute, or empty for none. */
    private static String absolute(Path path) {
        return path == null ? "" : path.toAbsolutePath().normalize().toString();
    }
}
