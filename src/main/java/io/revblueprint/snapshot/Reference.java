package io.revblueprint.snapshot;

import java.util.function.Function;

/**
 * A column that must name a row the snapshot holds (and did not quarantine); otherwise the row is quarantined
 * as {@code unknown <kind> <id>}.
 */
record Reference<T>(String column, String kind, String table, String idColumn, Function<T, String> value) {
}
