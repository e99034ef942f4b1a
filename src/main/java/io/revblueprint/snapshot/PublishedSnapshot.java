package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.ZoneId;

/** A snapshot whose import completed: what the metrics read. */
public record PublishedSnapshot(long snapshotId, Instant asOf, String company, ZoneId zone) {
}
