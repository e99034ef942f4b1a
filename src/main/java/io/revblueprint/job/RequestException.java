package io.revblueprint.job;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The run asked for something the snapshot does not have (an unknown team, a period outside its data): a wrong
 * command line rather than a failed run, told to the user with what would work instead.
 */
public class RequestException extends RuntimeException {

    public RequestException(String message) {
        super(message);
    }

    /** Whether {@code failure} or one of its causes is a wrong request. */
    public static boolean isIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof RequestException) {
                return true;
            }
        }
        return false;
    }
}
