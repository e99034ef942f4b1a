package io.revblueprint.cli;

import io.revblueprint.job.BlueprintLauncher;
import io.revblueprint.job.RunParameters;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.PrintStream;
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
        try {
            RunRequest request = CommandLineOptions.parse(args);
            if (request.demo()) {
                request = DemoRun.prepare(request, out);
            }
            Preflight.check(request);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(springArguments(request))) {
                BlueprintLauncher launcher = context.getBean(BlueprintLauncher.class);
                RunParameters parameters = parameters(request, context.getEnvironment());
                RunOutcome outcome = new RunOutcome(request.check() ? launcher.check(parameters) : launcher.launch(parameters));
                if (!outcome.succeeded()) {
                    err.println("revenue-blueprint: " + outcome.failure());
                    return FAILED;
                }
                out.println(outcome.summary());
                return outcome.checkPassed() ? OK : FAILED;
            }
        } catch (UsageException e) {
            err.println("revenue-blueprint: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            err.println("revenue-blueprint: " + RunOutcome.describe(e));
            return FAILED;
        }
    }

    /** A check runs on an in-memory database of its own: it never touches the configured one. */
    private static String[] springArguments(RunRequest request) {
        List<String> arguments = new ArrayList<>(request.springArguments());
        if (request.check()) {
            arguments.add("--spring.datasource.url=jdbc:h2:mem:revenue-blueprint-check;DB_CLOSE_DELAY=-1");
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
