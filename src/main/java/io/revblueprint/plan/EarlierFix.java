package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.RecordedInput;

import java.time.LocalDate;

/**
 * A fix of an earlier blueprint, as the fix history keeps it: what the closed loop follows up. {@code unrecorded}
 * is the input a data fix was to record (null for a leak's fix); {@code start} the day its sprint slot began (null in
 * progress stored before start days were kept).
 */
public record EarlierFix(String scope, int rank, Metric metric, Dimension dimension, String action,
                         RecordedInput unrecorded, LocalDate start) {

    /** A fix planned to start after {@code day} cannot have moved a figure measured up to that day. */
    boolean startsAfter(LocalDate day) {
        return start != null && start.isAfter(day);
    }
}
