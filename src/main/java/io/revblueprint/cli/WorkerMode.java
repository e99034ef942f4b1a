package io.revblueprint.cli;

import io.revblueprint.system.PartitioningProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code --worker}: renders the partitions a manager run sends over RabbitMQ (remote partitioning) until stopped
 * (SIGTERM); the database, broker and the rest come from the usual {@code --spring.*}/{@code --blueprint.*} options
 * or the environment.
 */
final class WorkerMode {

    static final String OPTION = "--worker";

    private WorkerMode() {
    }

    static boolean requested(String... args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /**
     * Runs until the application is closed; options other than Spring and blueprint properties are refused. The
     * {@code database} listener learns the database's address, to name it if it cannot be reached.
     */
    static void run(Class<?> application, DatabaseAddress database, String... args) throws InterruptedException {
        // The listener container logs two stack traces every 5 s while the broker is unreachable; the worker says it
        // in one line (RemotePartitioningConfiguration.brokerUnreachable).
        List<String> arguments = new ArrayList<>(List.of("--blueprint.partitioning.remote=true",
                "--blueprint.partitioning.worker=true",
                "--logging.level.org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer=OFF"));
        Arrays.stream(args).filter(arg -> !arg.equals(OPTION)).forEach(arg -> arguments.add(passThrough(arg)));
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .listeners(database, event -> {
                    if (event instanceof ContextClosedEvent) {
                        closed.countDown();
                    }
                })
                .run(arguments.toArray(String[]::new));
        if (context.isActive()) {
            System.out.println("revenue-blueprint worker: rendering the partitions sent to queue "
                    + context.getBean(PartitioningProperties.class).queue() + " until stopped");
            closed.await();
        }
    }

    private static String passThrough(String arg) {
        if (CommandLineOptions.PASS_THROUGH.stream().anyMatch(arg::startsWith)) {
            return arg;
        }
        throw new UsageException(OPTION + " takes only --spring.*, --blueprint.* and --logging.* options, not " + arg);
    }
}
