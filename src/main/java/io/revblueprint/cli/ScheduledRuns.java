package io.revblueprint.cli;

import io.revblueprint.runlock.LockHolder;
import io.revblueprint.runlock.OutputFolderLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.support.CronExpression;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * {@code --schedule=CRON}: for installs without Kubernetes, the process stays up and runs the job on the cron, one run
 * after the other (a tick that comes while a run is going is skipped), each on the newest finished export under the
 * {@code --snapshot} folder; a tick whose newest export was already run to completion waits for a newer one.
 */
final class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private ScheduledRuns() {
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UsageException("blueprint.schedule.zone=" + id + " is not a time zone (" + e.getMessage()
                    + "); give a region such as Europe/Berlin or America/New_York");
        }
    }

    static int run(Class<?> application, RunRequest request, String[] springArguments, DatabaseAddress database,
                   PrintStream out, PrintStream err, boolean debug) throws Exception {
        CronExpression cron = parse(request.schedule());
        try (ConfigurableApplicationContext context = CommandLineApp.start(application, springArguments,
                WebApplicationType.SERVLET, database)) {
            Environment environment = context.getEnvironment();
            ZoneId zone = zone(environment.getProperty("blueprint.schedule.zone", ZoneId.systemDefault().getId()));
            ExportFolders exports = new ExportFolders(request.snapshot(),
                    environment.getProperty("blueprint.schedule.ready-marker", ExportFolders.DEFAULT_MARKER),
                    environment.getProperty("blueprint.schedule.quiet-for", Duration.class, ExportFolders.DEFAULT_QUIET));
            out.println("Scheduled: " + request.schedule() + " (" + zone + "), on the newest finished export under "
                    + request.snapshot().toAbsolutePath().normalize());
            while (!Thread.currentThread().isInterrupted()) {
                ZonedDateTime next = cron.next(ZonedDateTime.now(zone));
                if (next == null) {
                    return CommandLineApp.OK;
                }
                Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(zone), next).toMillis()));
                JobSession session = new JobSession(context, LockHolder.current(), database, out, err, debug);
                runOnce(request, exports.newest(), session, err);
                if (session.lastRunStopped()) {
                    // SIGTERM stopped the run: the pod is going away, so the schedule ends (it restarted the run).
                    err.println(CommandLineApp.PREFIX + "the schedule ends: the run was stopped by a signal; start"
                            + " the schedule again to continue it");
                    return CommandLineApp.FAILED;
                }
            }
            return CommandLineApp.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLineApp.OK;
        }
    }

    static CronExpression parse(String expression) {
        try {
            return CronExpression.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--schedule=" + expression + " is not a cron expression (six fields: second"
                    + " minute hour day month weekday, e.g. \"0 30 3 * * *\"): " + e.getMessage());
        }
    }

    /** A failed run is told in one line and the schedule goes on: the next tick restarts it where it stopped. */
    private static void runOnce(RunRequest request, Optional<Path> snapshot, JobSession session, PrintStream err) {
        if (snapshot.isEmpty()) {
            log.info("No finished export under {} yet; waiting for the next tick", request.snapshot());
            return;
        }
        RunRequest newest = request.withSnapshot(snapshot.get());
        try (OutputFolderLock lock = OutputFolderLock.acquire(request.out(), session.holder())) {
            Optional<Long> done = session.completedRun(newest);
            if (done.isPresent()) {
                // Each tick ran the same export again: the same figures, the sprint moved to a new day, a run a tick.
                log.info("The newest finished export, {}, is unchanged since run {} completed on it; waiting for a"
                        + " newer one", snapshot.get(), done.get());
                return;
            }
            log.info("Running on the newest finished export, {}", snapshot.get());
            session.run(newest);
        } catch (Exception e) {
            err.println(CommandLineApp.PREFIX + session.database().describe(e));
        }
    }
}
