package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;

import java.util.function.Supplier;

/**
 * Makes one canonical row from a scope: each column in order (a {@code *_at} column read as a timestamp, a
 * {@code date} as a date, an {@code amount} or {@code cost} as an export writes money), then the skip rules; a kept
 * row is numbered as the line it would have in the canonical file and keeps the source record's text, file and line
 * for the quarantine.
 */
final class RowMapper {

    private final String canonicalFile;
    private long line = 1;

    RowMapper(String canonicalFile) {
        this.canonicalFile = canonicalFile;
    }

    /** The row, or null when a skip rule took it (counted in the tally). */
    CsvRow map(RowSource source, RowScope scope, Tally tally, String sourceFile, long sourceLine, Supplier<String> raw,
               String shapeProblem) {
        for (RowSource.Column column : source.columns()) {
            String value = column.expression().value(scope);
            scope.put(column.name(), value == null ? null : typed(column.name(), value, scope.context().times()));
        }
        for (RowSource.SkipRule skip : source.skips()) {
            if (skip.condition().holds(scope)) {
                tally.skipped(skip.reason());
                return null;
            }
        }
        tally.mapped(scope.notes());
        // The scope is the row's own and done with: its outputs become the row's cells without a copy.
        return new CsvRow(canonicalFile, ++line, scope.outputs(), raw, shapeProblem, sourceFile, sourceLine);
    }

    private static String typed(String column, String value, SourceTimes times) {
        if (column.endsWith("_at")) {
            return ValueType.TIMESTAMP.apply(value, times);
        }
        if (column.equals("amount") || column.equals("cost")) {
            return ExportAmount.plain(value);
        }
        return column.equals("date") ? ValueType.DATE.apply(value, times) : value;
    }
}
