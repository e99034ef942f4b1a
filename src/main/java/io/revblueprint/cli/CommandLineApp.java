package io.revblueprint.cli;

import io.revblueprint.job.BlueprintLauncher;
import io.revblueprint.job.RunParameters;
import io.revblueprint.system.Folders;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: parse, check what can be checked before starting, run the job once, and turn the outcome
 * into an exit code with one line on standard error when it failed.
 */
public final class CommandLineApp {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private CommandLineApp() {
    }

    public static int run(Class<?> application, String... args) {
        return run(application, System.out, System.err, args);
    }

    static int run(Class<?> application, PrintStream out, PrintStream err, String... args) {
        Path checkDatabase = null;
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
            checkDatabase = request.check() ? Files.createTempDirectory("revenue-blueprint-check-") : null;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .listeners(database)
                    .run(springArguments(request, checkDatabase))) {
                BlueprintLauncher launcher = context.getBean(BlueprintLauncher.class);
                if (request.earlierPeriod() != null && !request.check()) {
                    RunOutcome earlier = new RunOutcome(launcher.launch(new RunParameters(request.snapshot(),
                            request.earlierPeriod(), request.out(), request.teams(), EmailMode.NONE.name(),
                            request.force())));
                    if (!earlier.succeeded()) {
                        err.println("revenue-blueprint: the earlier run of " + request.earlierPeriod() + " failed: "
                                + earlier.failure());
                        return FAILED;
                    }
                    out.println("Ran " + request.earlierPeriod() + " first (no email), so this run shows trends and"
                            + " progress on its fixes.");
                }
                RunParameters parameters = parameters(request, context.getEnvironment());
                RunOutcome outcome = new RunOutcome(request.check() ? launcher.check(parameters) : launcher.launch(parameters));
                if (!outcome.succeeded()) {
                    err.println("revenue-blueprint: " + outcome.failure(database));
                    return outcome.isWrongRequest() ? USAGE : FAILED;
                }
                out.println(outcome.summary());
                return outcome.checkPassed() ? OK : FAILED;
            }
        } catch (UsageException e) {
            err.println("revenue-blueprint: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            String unreachable = database.unreachable(e);
            err.println("revenue-blueprint: " + (unreachable != null ? unreachable : RunOutcome.describe(e)));
            return FAILED;
        } finally {
            if (checkDatabase != null) {
                deleteQuietly(checkDatabase, err);
            }
        }
    }

    private static void deleteQuietly(Path folder, PrintStream err) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            err.println("revenue-blueprint: could not delete " + folder + ": " + e.getMessage());
        }
    }

    /** A check runs on an embedded database of its own, in {@code checkDatabase}: it never touches the configured one. */
    private static String[] springArguments(RunRequest request, Path checkDatabase) {
        List<String> arguments = new ArrayList<>(request.springArguments());
        if (checkDatabase != null) {
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + checkDatabase.resolve("check") + ";DB_CLOSE_ON_EXIT=FALSE");
            arguments.add("--spring.datasource.username=sa");
            arguments.add("--spring.datasource.password=");
        }
        return arguments.toArray(String[]::new);
    }

    /** --email defaults to smtp when spring.mail.host is set, else outbox. */
    private static RunParameters parameters(RunRequest request, Environment environment) {
        EmailMode email = request.email() != null ? request.email()
                : environment.containsProperty("spring.mail.host") ? EmailMode.SMTP : EmailMode.OUTBOX;
        return new RunParameters(request.snapshot(), request.source(), request.mapping(), request.period(), request.out(),
                request.teams(), email.name(), request.force());
    }
}
