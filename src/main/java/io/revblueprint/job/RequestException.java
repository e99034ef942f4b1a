package io.revblueprint.job;

/**
 * The run asked for something the snapshot does not have (an unknown team, a period outside its data): a wrong
 * command line rather than a failed run, told to the user with what would work instead.
 */
public class RequestException extends RuntimeException {

    public RequestException(String message) {
        super(message);
    }
}
