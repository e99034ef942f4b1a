package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentReadsTest {

    @Test
    void runsTheReadsSideBySideAndReturnsWhenAllHaveFinished() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<String> finished = ConcurrentHashMap.newKeySet();
        ConcurrentReads.run("read-", List.of(
                () -> finished.add(awaitOther(bothStarted, "first")),
                () -> finished.add(awaitOther(bothStarted, "second")),
                () -> finished.add("third")));
        assertThat(finished).containsExactlyInAnyOrder("first", "second", "third");
    }

    @Test
    void aFailedReadIsThrownAsItWasOnceTheReadsStillRunningHaveFinished() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<String> finished = ConcurrentHashMap.newKeySet();
        DataAccessResourceFailureException lost = new DataAccessResourceFailureException("connection lost");
        assertThatThrownBy(() -> ConcurrentReads.run("read-", List.of(
                () -> {
                    awaitOther(bothStarted, "failing");
                    throw lost;
                },
                () -> finished.add(awaitOther(bothStarted, "running", 300)))))
                .isSameAs(lost);
        assertThat(finished).containsExactly("running");
    }

    /** Counts down and waits for the other reads to count down too: only reads that run at once get past it. */
    private static String awaitOther(CountDownLatch latch, String name) {
        return awaitOther(latch, name, 0);
    }

    /** ... and then works for {@code millis}. */
    private static String awaitOther(CountDownLatch latch, String name, long millis) {
        latch.countDown();
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other read started too").isTrue();
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return name;
    }
}
