package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What parsing a row needs to know about its snapshot: the zone of offset-less timestamps, the cutoff, the default
 * currency, how long a cell each column holds, and the timestamps its source reads (said of one it cannot).
 */
public record RowContext(ZoneId companyZone, Instant asOf, String defaultCurrency, ColumnLimits limits,
                         String timestampsExpected) {

    public RowContext {
        limits = limits == null ? ColumnLimits.NONE : limits;
    }

    public RowContext(ZoneId companyZone, Instant asOf, String defaultCurrency, ColumnLimits limits) {
        this(companyZone, asOf, defaultCurrency, limits, SnapshotSource.ISO_EXPECTED);
    }

    public RowContext(ZoneId companyZone, Instant asOf, String defaultCurrency) {
        this(companyZone, asOf, defaultCurrency, ColumnLimits.NONE);
    }
}
