package io.revblueprint.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asked for. {@code snapshot} is null for a rerun of {@code period} on its stored snapshot;
 * {@code source} and {@code mapping} are null when not given (the snapshot's files tell the source); {@code check}:
 * only read and map the source; {@code email} is null when not given (the default depends on SMTP settings);
 * {@code earlierPeriod}, when set, is run first without email, so the run asked for has history (the demo's);
 * {@code listRuns}: only list recent runs; {@code schedule}: a cron to run on, with {@code snapshot} the folder the
 * exports land in.
 */
record RunRequest(boolean demo, Path snapshot, String source, Path mapping, boolean check, String period, Path out,
                  List<String> teams, EmailMode email, boolean force, List<String> springArguments,
                  String earlierPeriod, boolean listRuns, String schedule) {

    /** A rerun of a period on the snapshot its last run used: no snapshot or source given. */
    boolean rerun() {
        return !demo && !listRuns && snapshot == null && source == null && period != null;
    }

    /** The same request on another snapshot (the newest export, for a scheduled run). */
    RunRequest withSnapshot(Path newest) {
        return new RunRequest(demo, newest, source, mapping, check, period, out, teams, email, force, springArguments,
                earlierPeriod, listRuns, null);
    }
}
