package io.revblueprint.job;

/** Names of the job's parameters and of the values its steps hand on through the job execution context. */
public final class RunKeys {

    public static final String JOB_NAME = "nightlyBlueprint";
    public static final String RERUN_JOB_NAME = "periodRerun";

    /** Identifying parameters: a run is one snapshot, period, output folder and team selection. */
    public static final String SNAPSHOT = "snapshot";
    public static final String SNAPSHOT_FINGERPRINT = "snapshot.fingerprint";
    public static final String SOURCE = "source";
    public static final String MAPPING = "mapping";
    public static final String PERIOD = "period";
    public static final String OUT = "out";
    public static final String TEAMS = "teams";
    public static final String ATTEMPT = "attempt";
    /** A rerun's: the run whose snapshot and plan date it reuses. */
    public static final String RERUN_OF = "rerunOf";

    /** Non-identifying parameters: how to deliver, and whether to send again. */
    public static final String EMAIL = "email";
    public static final String FORCE = "force";

    /** What the run produced, in words (set when it completed). */
    public static final String SUMMARY = "run.summary";

    /** Whether a checked import would be published ("true"/"false"). */
    public static final String CHECK_PASSED = "check.passed";

    static final String SNAPSHOT_ID = "snapshot.id";
    static final String SNAPSHOT_FOLDER = "snapshot.folder";
    static final String SOURCE_KIND = "snapshot.source";
    static final String AS_OF = "snapshot.asOf";
    static final String COMPANY_ZONE = "snapshot.zone";
    /** The last local date with data when the period is partial; absent for a full period. */
    static final String DATA_UNTIL = "period.dataUntil";
    /** The date the fixes were planned on (sprint dates count from it); a rerun plans on the same date. */
    static final String PLANNED_ON = "plan.plannedOn";
    /** The settings the run's figures follow ({@code FigureSettings}): kept by its metrics step, taken by a rerun. */
    static final String FIGURE_SETTINGS = "plan.figureSettings";
    /** The email mode a restart asked for instead of its run's (one that reaches fewer: a restart never mails more). */
    static final String EMAIL_ON_RESTART = "delivery.emailOnRestart";
    /** How many team PDFs the run published: a restarted render draws a failed partition's teams again. */
    static final String TEAM_PDFS = "outputs.teamPdfs";
    /** The messages a delivery step delivered (in its step context). */
    static final String DELIVERED = "delivery.delivered";
    /** The messages of the run that may have been delivered and are not sent again, in words, and how many. */
    static final String UNCONFIRMED = "delivery.unconfirmed";
    static final String UNCONFIRMED_COUNT = "delivery.unconfirmed.count";
    /** Set when a --teams run replaced its teams' folders in an earlier run's published period. */
    static final String TEAMS_MERGED = "outputs.teamsMerged";

    private RunKeys() {
    }
}
