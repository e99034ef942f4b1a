package io.revblueprint.report.csv;

import java.math.BigDecimal;

/** How metrics.csv and fixes.csv spell a value: plain decimals without exponent, null as an empty cell. */
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

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
