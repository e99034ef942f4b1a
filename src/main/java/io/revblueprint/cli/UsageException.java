package io.revblueprint.cli;

/** The command line is wrong; the message says what to change. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
