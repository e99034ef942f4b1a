package io.revblueprint.runlock;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The process that holds a run lock: its pid, its host (the pod's name in Kubernetes) and when it took the lock. */
public record LockHolder(long pid, String host, Instant started) {

    public static LockHolder current() {
        return new LockHolder(ProcessHandle.current().pid(), localHost(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** For the one line that names the holder. */
    public String describe() {
        return "pid " + pid + " on " + host + ", started " + started;
    }

    /**
     * Whether this holder is known to be gone: a process on this host that no longer runs, or an earlier life of
     * this very process id (a restarted container whose pid is always 1).
     */
    boolean isGone() {
        return host.equals(localHost()) && (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isEmpty());
    }

    static String localHost() {
        String pod = System.getenv("HOSTNAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
