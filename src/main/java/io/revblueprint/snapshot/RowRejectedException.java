package io.revblueprint.snapshot;

/** A row breaks a rule of the contract; it goes to the quarantine with the column and the reason. */
final class RowRejectedException extends RuntimeException {

    private final String column;

    RowRejectedException(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }

    String reason() {
        return getMessage();
    }
}
