package io.revblueprint.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The console's running commentary: every step announces itself, a long one says every few seconds how far it got
 * and how fast, and each says when it is done. Registered on every step bean, so no step configuration repeats it.
 */
@Component
class StageProgress implements StepExecutionListener, BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(StageProgress.class);
    private final Duration every;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "progress");
        thread.setDaemon(true);
        return thread;
    });
    /** Partitions run side by side, so each running step has its own ticker. */
    private final Map<StepExecution, ScheduledFuture<?>> tickers = new IdentityHashMap<>();

    StageProgress() {
        this(Duration.ofSeconds(5));
    }

    StageProgress(Duration every) {
        this.every = every;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(this);
        }
        if (bean instanceof ImportSteps imports) {
            imports.steps().forEach(step -> postProcessAfterInitialization(step, beanName));
        }
        return bean;
    }

    @Override
    public synchronized void beforeStep(StepExecution step) {
        log.info("{}: started", step.getStepName());
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        tickers.put(step, ticker.scheduleAtFixedRate(() -> {
            MDC.setContextMap(logContext == null ? Map.of() : logContext);
            log.info("{}: {}", step.getStepName(), progress(step));
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution step) {
        tickers.remove(step).cancel(false);
        String outcome = step.getStatus() == BatchStatus.COMPLETED ? "done" : step.getStatus().name().toLowerCase(Locale.ROOT);
        String counts = counts(step);
        log.info("{}: {} in {}{}", step.getStepName(), outcome, seconds(elapsed(step)),
                counts.isEmpty() ? "" : " (" + counts + ")");
        return null;
    }

    /** Items done so far and the rate; a tasklet step has no items until it ends, so only its time is told. */
    private static String progress(StepExecution step) {
        Duration elapsed = elapsed(step);
        long done = Math.max(step.getReadCount(), step.getWriteCount());
        if (done == 0) {
            return "still working, " + seconds(elapsed);
        }
        return String.format(Locale.ROOT, "%s, %,.1f/s, %s", counts(step), done / Math.max(0.001, elapsed.toMillis() / 1000.0),
                seconds(elapsed));
    }

    private static String counts(StepExecution step) {
        return Stream.of(count(step.getReadCount(), "read"), count(step.getWriteCount(), "written"),
                        count(step.getFilterCount(), "skipped"))
                .filter(count -> !count.isEmpty()).collect(Collectors.joining(", "));
    }

    private static String count(long count, String what) {
        return count == 0 ? "" : String.format(Locale.ROOT, "%,d %s", count, what);
    }

    private static Duration elapsed(StepExecution step) {
        return step.getStartTime() == null ? Duration.ZERO : Duration.between(step.getStartTime(), LocalDateTime.now());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
