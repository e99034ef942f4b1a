package io.revblueprint.source.mapping;

import java.time.Instant;

/**
 * What every row of one read shares: the snapshot's cutoff, how times are read, the lookups into other files, and
 * the run's currency (what an amount's "$" means when it is a dollar).
 */
record MappingContext(Instant asOf, SourceTimes times, Lookups lookups, String runCurrency) {
}
