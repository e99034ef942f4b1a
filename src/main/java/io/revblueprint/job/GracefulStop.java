package io.revblueprint.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobExecutionShutdownHook;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SIGTERM (a pod evicted, {@code kubectl delete job}) or Ctrl-C stops a running job at the end of its current chunk or
 * tasklet and records it STOPPED, so the same command restarts it where it stopped. A signal handler rather than a
 * shutdown hook: the JVM is not shutting down while the step finishes (fonts, temp files and the database still
 * work), and the process then exits with the run's own exit code. A second signal falls back to the JVM's default.
 */
@Component
class GracefulStop implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final List<Signal> SIGNALS = List.of(new Signal("TERM"), new Signal("INT"));

    private final ObjectProvider<JobOperator> operator;
    private final Map<Signal, SignalHandler> previous = new ConcurrentHashMap<>();

    GracefulStop(ObjectProvider<JobOperator> operator) {
        this.operator = operator;
    }

    @Override
    public void beforeJob(JobExecution job) {
        for (Signal signal : SIGNALS) {
            previous.put(signal, Signal.handle(signal, received -> stop(job)));
        }
    }

    @Override
    public void afterJob(JobExecution job) {
        previous.forEach(Signal::handle);
    }

    private void stop(JobExecution job) {
        previous.forEach(Signal::handle);
        log.info("Stopping run {}: the current step ends at its next checkpoint (signal again to kill it now)",
                job.getJobInstance().getInstanceId());
        new JobExecutionShutdownHook(job, operator.getObject()).run();
    }
}
