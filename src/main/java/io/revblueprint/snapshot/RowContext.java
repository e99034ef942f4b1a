package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What parsing a row needs to know about its snapshot: the zone of offset-less timestamps, the cutoff, the default
 * currency, and how long a cell each column holds.
 */
public record RowContext(ZoneId companyZone, Instant asOf, String defaultCurrency, ColumnLimits limits) {

    public RowContext {
        limits = limits == null ? ColumnLimits.NONE : limits;
    }

    public RowContext(ZoneId companyZone, Instant asOf, String defaultCurrency) {
        this(companyZone, asOf, defaultCurrency, ColumnLimits.NONE);
    }
}
