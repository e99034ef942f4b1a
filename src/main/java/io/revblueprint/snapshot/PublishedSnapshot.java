package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.ZoneId;

/** A snapshot whose import completed: what the metrics read; {@code inputRows} counts stored and quarantined rows. */
public record PublishedSnapshot(long snapshotId, Instant asOf, String company, ZoneId zone, long inputRows) {
}
