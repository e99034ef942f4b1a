package io.revblueprint.job;

import io.revblueprint.source.jdbc.ReplicaPull;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a run failed reading the replica of {@code --source=jdbc} rather than its own database: an unreachable
 * replica was reported as "cannot reach the database jdbc:h2:…", which sent the operator to the wrong setting.
 */
public final class ReplicaFailure {

    private static final String REPLICA_CODE = ReplicaPull.class.getPackageName() + ".";

    private ReplicaFailure() {
    }

    /** True when the replica's reader is on the stack of the failure or one of its causes. */
    public static boolean in(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (Arrays.stream(cause.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(REPLICA_CODE))) {
                return true;
            }
        }
        return false;
    }
}
