package io.revblueprint.runlock;

/** Another run holds the database or the output folder: the message names it and says what to do. */
public class RunLockedException extends RuntimeException {

    RunLockedException(String message) {
        super(message);
    }
}
