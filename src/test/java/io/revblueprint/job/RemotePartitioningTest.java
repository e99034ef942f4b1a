package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.job.PlanSnapshots.Person;
import io.revblueprint.job.PlanSnapshots.Team;
import io.revblueprint.job.PlanSnapshots.TeamQuarter;
import io.revblueprint.report.RenderedPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning: this JVM is the manager, two worker JVMs ({@code --worker}) render the team partitions it sends
 * over RabbitMQ, all on one MySQL database and output folder; the outputs are those of a single-process run, and a
 * worker killed mid-partition loses nothing (its partition goes to the other worker and resumes from its last commit).
 */
@EnabledIf(value = "brokerAndDatabase",
        disabledReason = "No RabbitMQ at 127.0.0.1:5672 or no MySQL (BLUEPRINT_TEST_MYSQL_URL): remote partitioning needs both")
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "blueprint.partitioning.remote=true",
        "blueprint.partitioning.partitions=2",
        "blueprint.partitioning.poll-interval=200ms",
        "blueprint.partitioning.timeout=3m",
        "spring.rabbitmq.host=127.0.0.1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemotePartitioningTest {

    private static final String QUEUE = "blueprint.render-partitions.test-" + ProcessHandle.current().pid();
    private static final List<String> TEAMS = IntStream.rangeClosed(1, 8).mapToObj(i -> String.format("T-RP%02d", i)).toList();

    @TempDir
    static Path temp;

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    AmqpAdmin rabbit;

    Path snapshot;
    Map<String, String> singleProcess;
    List<ChildJvm> workers;

    static boolean brokerAndDatabase() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
        } catch (IOException e) {
            return false;
        }
        return System.getenv(MySqlDatabase.URL_VARIABLE) != null;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.register(registry);
        registry.add("blueprint.partitioning.queue", () -> QUEUE);
    }

    @BeforeAll
    void startWorkersAndRunInOneProcess() throws Exception {
        snapshot = eightTeams().write(temp.resolve("snapshot"));
        workers = List.of(worker("worker-a"), worker("worker-b"));
        ChildJvm single = ChildJvm.start(temp.resolve("single.log"), List.of("--snapshot=" + snapshot,
                "--period=2026-Q3", "--out=" + temp.resolve("single"), "--email=none"), database());
        assertThat(single.exitCode()).as(single.log()).isZero();
        singleProcess = readable(temp.resolve("single/2026-Q3"));
        for (ChildJvm worker : workers) {
            worker.awaitLine("rendering the partitions sent to queue " + QUEUE);
        }
    }

    @AfterAll
    void stopWorkers() {
        if (workers != null) {
            workers.forEach(ChildJvm::kill);
        }
        rabbit.deleteQueue(QUEUE);
    }

    @Test
    @Order(1)
    void twoWorkersRenderWhatOneProcessRenders() throws Exception {
        JobExecution run = launcher.launch(new RunParameters(snapshot, "2026-Q3", temp.resolve("remote"), List.of(),
                "NONE", false));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(readable(temp.resolve("remote/2026-Q3"))).isEqualTo(singleProcess);
        assertThat(workers).allSatisfy(worker -> assertThat(worker.log()).contains("Rendered T-RP"));
    }

    @Test
    @Order(2)
    void aWorkerKilledMidPartitionLosesNothing() throws Exception {
        List<Integer> marks = workers.stream().map(worker -> worker.log().length()).toList();
        CompletableFuture<JobExecution> run = CompletableFuture.supplyAsync(() -> launch(temp.resolve("killed")));
        int victim = firstToRender(marks);
        workers.get(victim).kill();

        JobExecution completed = run.get(3, TimeUnit.MINUTES);

        assertThat(completed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(readable(temp.resolve("killed/2026-Q3"))).isEqualTo(singleProcess);
        String survivor = workers.get(1 - victim).log().substring(marks.get(1 - victim));
        assertThat(TEAMS).allSatisfy(team -> assertThat(survivor).contains("Rendered " + team + " in"));
    }

    /** Which worker renders a team first after its log was {@code marks} long. */
    private int firstToRender(List<Integer> marks) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < workers.size(); i++) {
                if (workers.get(i).log().substring(marks.get(i)).contains("Rendered T-RP")) {
                    return i;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no worker rendered a team within 2 minutes");
    }

    private JobExecution launch(Path out) {
        try {
            return launcher.launch(new RunParameters(snapshot, "2026-Q3", out, List.of(), "NONE", false));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ChildJvm worker(String name) throws IOException {
        return ChildJvm.start(temp.resolve(name + ".log"), List.of("--worker", "--blueprint.partitioning.queue=" + QUEUE,
                "--blueprint.partitioning.threads=1", "--spring.rabbitmq.host=127.0.0.1",
                "--logging.level.io.revblueprint.job.ReportStepConfiguration=DEBUG"), database());
    }

    private static List<String> database() {
        return List.of("--spring.datasource.url=" + MySqlDatabase.url(), "--spring.datasource.username=" + MySqlDatabase.user(),
                "--spring.datasource.password=" + MySqlDatabase.password());
    }

    /** Eight small sales teams, so each of the two partitions has four to render. */
    private static PlanSnapshots.Snapshot eightTeams() {
        List<TeamQuarter> quarters = TEAMS.stream().map(team -> new TeamQuarter(team, 30, 20, 8, 6, 2)).toList();
        PlanSnapshots.Snapshot snapshot = PlanSnapshots.snapshot(Instant.parse("2026-10-03T05:00:00Z"),
                LocalDate.of(2026, 7, 6), quarters.toArray(TeamQuarter[]::new));
        for (String team : TEAMS) {
            String suffix = team.substring(2);
            snapshot.team(Team.of(team, "Remote " + suffix, "SALES", "SMB"),
                    new Person("U-" + suffix + "M", "Mo" + suffix + " Manager", "SALES_MANAGER", team),
                    new Person("U-" + suffix + "S", "Sam" + suffix + " Rep", "SDR", team));
        }
        return snapshot;
    }

    /** metrics.csv, fixes.csv and every PDF's text, by path; the run id each document prints is left out. */
    private static Map<String, String> readable(Path period) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(period)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String name = period.relativize(file).toString();
                if (name.endsWith(".pdf")) {
                    try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(file))) {
                        files.put(name, pdf.text().replaceAll(" · run \\d+ · ", " · run · "));
                    }
                } else if (name.endsWith(".csv")) {
                    files.put(name, Files.readString(file));
                }
            }
        }
        return files;
    }

    /** This project's main class in a JVM of its own, on the test class path, its output in a log file. */
    private record ChildJvm(Process process, Path logFile) {

        static ChildJvm start(Path logFile, List<String> arguments, List<String> database) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), RevenueBlueprintApplication.class.getName()));
            command.addAll(arguments);
            command.addAll(database);
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile())
                    .start(), logFile);
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int exitCode() throws InterruptedException {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in 3 minutes").isTrue();
            return process.exitValue();
        }

        void awaitLine(String line) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!log().contains(line)) {
                assertThat(process.isAlive()).as("%s is running:%n%s", logFile, log()).isTrue();
                assertThat(System.nanoTime()).as("%s started within 2 minutes", logFile).isLessThan(deadline);
                Thread.sleep(100);
            }
        }

        void kill() {
            process.destroyForcibly();
        }
    }
}
