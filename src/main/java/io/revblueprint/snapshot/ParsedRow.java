package io.revblueprint.snapshot;

/** A CSV row after parsing: either a value to store, or the column and reason it is quarantined for. */
public record ParsedRow<T>(CsvRow row, T value, String column, String reason) {

    static <T> ParsedRow<T> accepted(CsvRow row, T value) {
        return new ParsedRow<>(row, value, null, null);
    }

    static <T> ParsedRow<T> rejected(CsvRow row, String column, String reason) {
        return new ParsedRow<>(row, null, column, reason);
    }

    public boolean isAccepted() {
        return value != null;
    }

    ParsedRow<T> reject(String column, String reason) {
        return rejected(row, column, reason);
    }
}
