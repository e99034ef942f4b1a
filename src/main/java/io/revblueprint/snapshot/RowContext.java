package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.ZoneId;

/** What parsing a row needs to know about its snapshot: the zone of offset-less timestamps, the cutoff, the default currency. */
public record RowContext(ZoneId companyZone, Instant asOf, String defaultCurrency) {
}
