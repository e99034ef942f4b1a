package io.revblueprint.metrics;

import java.util.Optional;

/** Successes out of trials, counted one case at a time (e.g. MQLs that reached SQL out of all MQLs). */
final class Proportion {

    private long successes;
    private long trials;

    void count(boolean success) {
        trials++;
        if (success) {
            successes++;
        }
    }

    long successes() {
        return successes;
    }

    long trials() {
        return trials;
    }

    /** The rate with its Wilson interval; empty over zero trials. */
    Optional<RateEstimate> estimate() {
        return RateEstimate.of(successes, trials);
    }
}
