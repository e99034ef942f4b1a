package io.revblueprint.snapshot;

/** A snapshot that cannot be imported at all (missing file or column, unreadable CSV); the message says what to do. */
public class SnapshotFileException extends RuntimeException {

    public SnapshotFileException(String message) {
        super(message);
    }

    public SnapshotFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
