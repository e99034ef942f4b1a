package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;

import java.util.function.Supplier;

/**
 * Makes one canonical row from a scope: each column in order (a {@code *_at} column read as a timestamp, a
 * {@code date} as a date, an {@code amount} or {@code cost} as an export writes money, the currency it names the
 * row's), then the skip rules; a kept row is numbered as the line it would have in the canonical file and keeps the
 * source record's text, file and line for the quarantine.
 */
final class RowMapper {

    private static final String CURRENCY = "currency";

    private final String canonicalFile;
    private long line = 1;

    RowMapper(String canonicalFile) {
        this.canonicalFile = canonicalFile;
    }

    /** The row, or null when a skip rule took it (counted in the tally). */
    CsvRow map(RowSource source, RowScope scope, Tally tally, String sourceFile, long sourceLine, Supplier<String> raw,
               String shapeProblem) {
        String written = null;
        boolean noAmount = false;
        for (RowSource.Column column : source.columns()) {
            if (column.name().equals(CURRENCY) && (written != null || noAmount)) {
                // The amount's own, or none for no amount: the column's default noted an assumed currency for either.
                scope.put(CURRENCY, written);
                continue;
            }
            String value = column.expression().value(scope);
            if (isMoney(column.name())) {
                noAmount = value == null || value.isBlank();
                written = noAmount ? null : ExportAmount.currency(value, scope.context().runCurrency());
            }
            scope.put(column.name(), value == null ? null : typed(column.name(), value, scope.context().times()));
        }
        if (written != null) {
            scope.put(CURRENCY, written);
            scope.note("amounts written in " + written);
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

    private static boolean isMoney(String column) {
        return column.equals("amount") || column.equals("cost");
    }

    private static String typed(String column, String value, SourceTimes times) {
        if (column.endsWith("_at")) {
            return ValueType.TIMESTAMP.apply(value, times);
        }
        if (isMoney(column)) {
            return ExportAmount.plain(value);
        }
        return column.equals("date") ? ValueType.DATE.apply(value, times) : value;
    }
}
