package io.revblueprint.cli;

import io.revblueprint.job.RunKeys;
import io.revblueprint.job.RunRecord;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code --runs}: the recent runs as a table a person can read. */
final class RunTable {

    static final int SHOWN = 30;
    private static final String ROW = "%-5s %-20s %-24s %-12s %-10s %-19s %9s %5s %7s%n";
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunTable() {
    }

    static String of(List<RunRecord> runs) {
        if (runs.isEmpty()) {
            return "No runs yet.\n";
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, ROW, "run", "snapshot as_of", "period",
                "teams", "status", "started", "duration", "PDFs", "emails"));
        runs.stream().limit(SHOWN).forEach(run -> table.append(String.format(Locale.ROOT, ROW, run.runId(),
                run.asOf(), run.period() + kind(run),
                run.teams().isEmpty() ? "all" : run.teams(), run.status(),
                run.started() == null ? "" : STARTED.format(run.started()), duration(run.duration()), run.pdfs(),
                run.emails())));
        return table.toString();
    }

    /** A rerun, and a forced one: "15 emails" on a night that should send none read as a fault. */
    private static String kind(RunRecord run) {
        boolean rerun = run.job().equals(RunKeys.RERUN_JOB_NAME);
        return rerun && run.forced() ? " (rerun, forced)" : rerun ? " (rerun)" : run.forced() ? " (forced)" : "";
    }

    private static String duration(Duration duration) {
        return duration.toMinutes() > 0 ? duration.toMinutes() + " min " + duration.toSecondsPart() + " s"
                : duration.toSeconds() + " s";
    }
}
