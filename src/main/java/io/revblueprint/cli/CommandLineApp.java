package io.revblueprint.cli;

import io.revblueprint.runlock.LockHolder;
import io.revblueprint.runlock.OutputFolderLock;
import io.revblueprint.system.Folders;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line: parse, check what can be checked before starting, take the output folder's run lock, run the
 * job once (or on a schedule), and turn the outcome into an exit code with one line on standard error when it failed.
 */
public final class CommandLineApp {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final String PREFIX = "revenue-blueprint: ";

    private CommandLineApp() {
    }

    public static int run(Class<?> application, String... args) {
        return run(application, System.out, System.err, args);
    }

    static int run(Class<?> application, PrintStream out, PrintStream err, String... args) {
        if (CommandLineOptions.has(args, "--help", "-h")) {
            out.print(CommandLineOptions.HELP);
            return OK;
        }
        if (CommandLineOptions.has(args, "--version")) {
            out.println("revenue-blueprint " + Version.current());
            return OK;
        }
        boolean debug = CommandLineOptions.has(args, "--debug");
        DatabaseAddress database = new DatabaseAddress();
        try {
            GenerateRequest generate = CommandLineOptions.parseGenerate(args);
            if (generate != null) {
                return generate.run(out);
            }
            if (WorkerMode.requested(args)) {
                WorkerMode.run(application, database, args);
                return OK;
            }
            RunRequest request = CommandLineOptions.parse(args);
            if (request.demo()) {
                request = DemoRun.prepare(request, out);
            }
            Preflight.check(request);
            if (request.schedule() != null) {
                return ScheduledRuns.run(application, request, springArguments(request, debug, null), database, out,
                        err, debug);
            }
            return runOnce(application, request, debug, database, out, err);
        } catch (UsageException e) {
            err.println(PREFIX + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            err.println(PREFIX + database.describe(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return RunOutcome.isBadSetting(e) || RunOutcome.isRequestException(e) ? USAGE : FAILED;
        }
    }

    /** A listing or a check writes no outputs of a run, so only a run takes the output folder's lock. */
    private static int runOnce(Class<?> application, RunRequest request, boolean debug, DatabaseAddress database,
                               PrintStream out, PrintStream err) throws Exception {
        LockHolder holder = LockHolder.current();
        boolean writesOutputs = !request.listRuns() && !request.check();
        Path checkDatabase = request.check() ? Files.createTempDirectory("revenue-blueprint-check-") : null;
        try (OutputFolderLock lock = writesOutputs ? OutputFolderLock.acquire(request.out(), holder) : null;
             ConfigurableApplicationContext context = start(application, springArguments(request, debug, checkDatabase),
                     WebApplicationType.NONE, database)) {
            return new JobSession(context, holder, database, out, err, debug).run(request);
        } finally {
            if (checkDatabase != null) {
                deleteQuietly(checkDatabase, err);
            }
        }
    }

    /**
     * Spring's own shutdown hook stays off: on SIGTERM the running job must stop first (see GracefulStop). Closing the
     * context at the end pushes the run's metrics when a Pushgateway is configured. {@code database} learns which
     * database the run uses, to name it when it cannot be reached.
     */
    static ConfigurableApplicationContext start(Class<?> application, String[] arguments, WebApplicationType web,
                                                DatabaseAddress database) {
        List<String> withWeb = new ArrayList<>(List.of(arguments));
        withWeb.add("--spring.main.web-application-type=" + web.name().toLowerCase(Locale.ROOT));
        return new SpringApplicationBuilder(application)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .listeners(database)
                .run(withWeb.toArray(String[]::new));
    }

    private static void deleteQuietly(Path folder, PrintStream err) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            err.println(PREFIX + "could not delete " + folder + ": " + e.getMessage());
        }
    }

    /**
     * A check runs on an embedded database of its own, in {@code checkDatabase}: it never touches the configured one.
     * --debug turns on our debug logging, which carries the stack traces of failed steps.
     */
    private static String[] springArguments(RunRequest request, boolean debug, Path checkDatabase) {
        List<String> arguments = new ArrayList<>(request.springArguments());
        if (checkDatabase != null) {
            arguments.addAll(OwnDatabase.at(checkDatabase.resolve("check")));
        }
        if (debug) {
            arguments.add("--logging.level.io.revblueprint=DEBUG");
        }
        return arguments.toArray(String[]::new);
    }
}
