package io.revblueprint.snapshot;

import io.revblueprint.metrics.RecordedInputs;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A snapshot whose import completed: what the metrics read; {@code inputRows} counts stored and quarantined rows,
 * {@code recorded} how many rows record each input a metric may need.
 */
public record PublishedSnapshot(long snapshotId, Instant asOf, String company, ZoneId zone, long inputRows,
                                RecordedInputs recorded) {
}
