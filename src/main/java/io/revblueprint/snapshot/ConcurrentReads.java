package io.revblueprint.snapshot;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent reads of a snapshot two at a time, each on its own thread (and so its own connection), and returns
 * when all have finished. Two, because the big statements come in pairs (the MQL cohort and the dispositions; the
 * activities' scan and all other tables') and two keep a 2-core server busy: at 1M leads the metrics' five statements
 * took 30 s one after another and 14 s two at a time.
 */
final class ConcurrentReads {

    private static final int AT_A_TIME = 2;

    private ConcurrentReads() {
    }

    /**
     * Starts {@code reads} in the given order, two at a time, and waits for them. When one fails, those not
     * yet started are skipped, those running are waited for, and the first failure is thrown as it was thrown.
     */
    static void run(String threadPrefix, List<Runnable> reads) {
        ExecutorService pool = Executors.newFixedThreadPool(AT_A_TIME, new CustomizableThreadFactory(threadPrefix));
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            List<Future<Void>> started = new ArrayList<>();
            reads.forEach(read -> started.add(done.submit(read, null)));
            awaitAll(done, started);
        } finally {
            pool.shutdown();
        }
    }

    /** The completion queue receives a read only once its run has returned, so a cancelled running read is awaited. */
    private static void awaitAll(CompletionService<Void> done, List<Future<Void>> started) {
        Throwable failure = null;
        for (int finished = 0; finished < started.size(); finished++) {
            try {
                done.take().get();
            } catch (CancellationException skipped) {
                // not started because an earlier read failed
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                    started.forEach(read -> read.cancel(false));
                } else {
                    failure.addSuppressed(e.getCause());
                }
            } catch (InterruptedException e) {
                started.forEach(read -> read.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the snapshot", e);
            }
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }
}
