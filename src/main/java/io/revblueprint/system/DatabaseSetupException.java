package io.revblueprint.system;

/** The configured database cannot hold the job's data as it is set up; the message says what to change. */
public class DatabaseSetupException extends RuntimeException {

    public DatabaseSetupException(String message) {
        super(message);
    }

    public DatabaseSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
