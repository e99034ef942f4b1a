package io.revblueprint.cli;

import io.revblueprint.job.BlueprintLauncher;
import io.revblueprint.job.RequestException;
import io.revblueprint.job.RunParameters;
import io.revblueprint.runlock.DatabaseRunLock;
import io.revblueprint.runlock.LockHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.PrintStream;
import java.util.Optional;

/** One request against a started application: list the runs, check a source, or run the job under the database's run lock. */
final class JobSession {

    private static final Logger log = LoggerFactory.getLogger(JobSession.class);
    private static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

    private final ConfigurableApplicationContext context;
    private final LockHolder holder;
    private final DatabaseAddress database;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean debug;
    private boolean stopped;

    JobSession(ConfigurableApplicationContext context, LockHolder holder, DatabaseAddress database, PrintStream out,
               PrintStream err, boolean debug) {
        this.context = context;
        this.holder = holder;
        this.database = database;
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    LockHolder holder() {
        return holder;
    }

    DatabaseAddress database() {
        return database;
    }

    /** Whether the last run was stopped by a signal: a schedule then ends instead of starting it again. */
    boolean lastRunStopped() {
        return stopped;
    }

    /**
     * The run's account on standard output, or, when the console logs structured lines (ECS in the CronJob's
     * ConfigMap), as one such line: 14 plain lines in a stream of JSON broke the log collector's parsing.
     */
    private void say(String text) {
        if (context.getEnvironment().containsProperty(STRUCTURED_CONSOLE)) {
            log.info(text);
        } else {
            out.println(text);
        }
    }

    /** A rerun of a period nobody ran is a wrong command line, told like one. */
    int run(RunRequest request) throws Exception {
        try {
            return dispatch(request);
        } catch (RequestException e) {
            err.println(CommandLineApp.PREFIX + e.getMessage());
            return CommandLineApp.USAGE;
        }
    }

    /** The run that already completed for this request on the same export, unchanged since. */
    Optional<Long> completedRun(RunRequest request) {
        BlueprintLauncher launcher = context.getBean(BlueprintLauncher.class);
        return launcher.completedRunLike(parameters(request, context.getEnvironment(), launcher));
    }

    private int dispatch(RunRequest request) throws Exception {
        BlueprintLauncher launcher = context.getBean(BlueprintLauncher.class);
        if (request.listRuns()) {
            out.print(RunTable.of(launcher.recentRuns()));
            return CommandLineApp.OK;
        }
        if (request.check()) {
            return finish(new RunOutcome(launcher.check(parameters(request, context.getEnvironment(), launcher))));
        }
        try (DatabaseRunLock.Held lock = context.getBean(DatabaseRunLock.class).acquire(holder)) {
            launcher.recoverRunsLeftRunning();
            if (request.earlierPeriod() != null) {
                RunOutcome earlier = new RunOutcome(launcher.launch(new RunParameters(request.snapshot(),
                        request.earlierPeriod(), request.out(), request.teams(), EmailMode.NONE.name(), request.force())
                        .plannedTheDayAfterItsPeriod()));
                if (!earlier.succeeded()) {
                    err.println(CommandLineApp.PREFIX + "the earlier run of " + request.earlierPeriod() + " failed: "
                            + earlier.failure(database));
                    return CommandLineApp.FAILED;
                }
                say("Ran " + request.earlierPeriod() + " first (no email), planned as on the day after it ended, so"
                        + " this run shows trends and progress on its fixes.");
            }
            RunParameters parameters = parameters(request, context.getEnvironment(), launcher);
            return finish(new RunOutcome(request.rerun() ? launcher.rerun(parameters) : launcher.launch(parameters)));
        }
    }

    private int finish(RunOutcome outcome) {
        stopped = outcome.wasStopped();
        if (!outcome.succeeded()) {
            err.println(CommandLineApp.PREFIX + outcome.failure(database));
            if (debug) {
                outcome.execution().getAllFailureExceptions().forEach(failure -> failure.printStackTrace(err));
            }
            return outcome.isWrongRequest() ? CommandLineApp.USAGE : CommandLineApp.FAILED;
        }
        say(outcome.summary());
        if (!outcome.checkPassed()) {
            // The README promises one line on standard error for every non-zero exit.
            err.println(CommandLineApp.PREFIX + "the import would be rejected (the summary above says why): fix the"
                    + " files or their mapping, or raise blueprint.import.max-bad-row-ratio, and check again");
            return CommandLineApp.FAILED;
        }
        return CommandLineApp.OK;
    }

    /**
     * --email defaults to smtp when spring.mail.host is set, else outbox; a rerun of a run that mailed nothing
     * ({@code --email=none}) mails nothing unless forced: a QBR deck was not meant for the teams' inboxes.
     */
    private static RunParameters parameters(RunRequest request, Environment environment, BlueprintLauncher launcher) {
        boolean mailServer = environment.containsProperty("spring.mail.host");
        if (request.email() == EmailMode.SMTP && !mailServer) {
            // Found after the whole run, once per recipient, with "run the same command again" as the advice.
            throw new RequestException("--email=smtp needs a mail server: set spring.mail.host (SPRING_MAIL_HOST),"
                    + " or use --email=outbox");
        }
        EmailMode email = request.email() != null ? request.email()
                : request.rerun() && !request.force() && launcher.repeatsAnUnmailedRun(request.period()) ? EmailMode.NONE
                : mailServer ? EmailMode.SMTP : EmailMode.OUTBOX;
        return new RunParameters(request.snapshot(), request.source(), request.mapping(), request.period(), request.out(),
                request.teams(), email.name(), request.force());
    }
}
