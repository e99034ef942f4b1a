package io.revblueprint.report.csv;

import io.revblueprint.snapshot.SpreadsheetSafe;

import java.math.BigDecimal;

/**
 * How metrics.csv and fixes.csv spell a value: plain decimals without exponent, null as an empty cell, text that
 * a spreadsheet cannot take for a formula.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String number(Double value) {
        return value == null ? "" : number(value.doubleValue());
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        return number(BigDecimal.valueOf(value));
    }

    static String count(Long value) {
        return value == null ? "" : Long.toString(value);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Text as a spreadsheet shows it: a name or action that looks like a formula stays text. */
    static String text(Object value) {
        return value == null ? "" : SpreadsheetSafe.text(value.toString());
    }
}
