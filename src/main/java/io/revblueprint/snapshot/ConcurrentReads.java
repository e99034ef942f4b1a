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
 * Runs independent reads of a snapshot side by side, each on its own thread (and so its own connection), and returns
 * when all have finished. The database then works on as many statements at once as there are threads; on a 2-core
 * server the metrics' two big cohorts take half as long together as one after the other.
 */
final class ConcurrentReads {

    private ConcurrentReads() {
    }

    /**
     * Starts {@code reads} in the given order on {@code threads} threads and waits for them. When one fails, those not
     * yet started are skipped, those running are waited for, and the first failure is thrown as it was thrown.
     */
    static void run(String threadPrefix, int threads, List<Runnable> reads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new CustomizableThreadFactory(threadPrefix));
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
