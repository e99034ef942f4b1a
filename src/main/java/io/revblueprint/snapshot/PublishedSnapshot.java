package io.revblueprint.snapshot;

import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.RecordedInputs;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A snapshot whose import completed: what the metrics read; {@code inputRows} counts stored and quarantined rows,
 * {@code recorded} how many rows record each input a metric may need, {@code mqlDays} the days from its first MQL to
 * its last in the company's time zone (null when no lead is an MQL), to say where the MQLs are when a period has none.
 */
public record PublishedSnapshot(long snapshotId, Instant asOf, String company, ZoneId zone, long inputRows,
                                RecordedInputs recorded, Period mqlDays) {
}
