package io.revblueprint.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobExecutionShutdownHook;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM (a pod evicted, {@code kubectl delete job}, Ctrl-C) stops a running job at the end of its current chunk or
 * tasklet and records it STOPPED, so the same command restarts it where it stopped; the JVM waits for that (up to
 * {@code blueprint.shutdown.grace}, which the pod's terminationGracePeriodSeconds must exceed).
 */
@Component
class GracefulStop implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final ObjectProvider<JobOperator> operator;
    private final Duration grace;
    private final Map<Long, Hook> hooks = new ConcurrentHashMap<>();

    GracefulStop(ObjectProvider<JobOperator> operator, @Value("${blueprint.shutdown.grace:100s}") Duration grace) {
        this.operator = operator;
        this.grace = grace;
    }

    @Override
    public void beforeJob(JobExecution job) {
        Hook hook = new Hook(job);
        hooks.put(job.getId(), hook);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void afterJob(JobExecution job) {
        Hook hook = hooks.remove(job.getId());
        hook.ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            log.info("Run {} stopped ({}): run the same command again to continue where it stopped",
                    job.getJobInstance().getInstanceId(), job.getStatus());
        }
    }

    private final class Hook extends Thread {

        private final JobExecution job;
        private final CountDownLatch ended = new CountDownLatch(1);

        private Hook(JobExecution job) {
            super("graceful-stop");
            this.job = job;
        }

        @Override
        public void run() {
            log.info("Stopping run {}: the current step ends at its next checkpoint", job.getJobInstance().getInstanceId());
            new JobExecutionShutdownHook(job, operator.getObject()).run();
            try {
                if (!ended.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.error("Run {} did not stop within {} s; it stays STARTED and the next run recovers it",
                            job.getJobInstance().getInstanceId(), grace.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
