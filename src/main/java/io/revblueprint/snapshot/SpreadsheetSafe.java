package io.revblueprint.snapshot;

/**
 * Text for a CSV cell that a spreadsheet opens as text, never as a formula (OWASP, "CSV injection"): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Numbers are written apart
 * and are not passed through here, so a negative figure stays a number.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
