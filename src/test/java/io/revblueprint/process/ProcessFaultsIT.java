package io.revblueprint.process;

import ch.qos.logback.classic.Level;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as an operator meets it: killed with SIGKILL in the middle of its steps and of an SMTP send, stopped with
 * SIGTERM while rendering, started twice at once on H2. Each time the same command afterwards gives the outputs an
 * undisturbed run gives, and nobody gets an email twice.
 */
class ProcessFaultsIT {

    static final Path TINY = Path.of("src/test/resources/snapshots/tiny").toAbsolutePath();
    /** Steps of each kind: a chunked import, a tasklet on the database, rendering (a chunk per team), publishing. */
    static final List<String> KILLED_IN = List.of("importLeads", "computeMetrics", "renderBlueprints", "publishOutputs");

    static GreenMail smtp;
    static Path reference;

    @TempDir
    Path temp;

    @BeforeAll
    static void undisturbedRun(@TempDir Path referenceRun) throws Exception {
        // GreenMail's INFO line per new mailbox is noise in the build's output.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.icegreen")).setLevel(Level.WARN);
        // The jar killed mid-send leaves GreenMail's connection thread a half message: its stack trace is expected.
        Thread.UncaughtExceptionHandler printing = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (!thread.getName().startsWith("smtp:")) {
                if (printing != null) {
                    printing.uncaughtException(thread, failure);
                } else {
                    failure.printStackTrace();
                }
            }
        });
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        reference = referenceRun.resolve("out");
        JarProcess run = JarProcess.start(referenceRun.resolve("console.txt"), command(referenceRun, reference, "outbox"));
        assertThat(run.exitCode()).as(run.console()).isZero();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aKillInEachKindOfStepAndInAnSmtpSendThenTheSameCommandGivesTheSameOutputsAndNoEmailTwice() throws Exception {
        Path out = temp.resolve("out");
        try (DelayingProxy slowSmtp = new DelayingProxy(smtp.getSmtp().getPort(), 150)) {
            List<String> command = new ArrayList<>(command(temp, out, "smtp"));
            command.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + slowSmtp.port()));
            for (String step : KILLED_IN) {
                killAtTheStartOf(step + ": started", command);
            }
            killAtTheStartOf("deliverBlueprints: started", command);
            JarProcess last = JarProcess.start(temp.resolve("last.txt"), command);

            assertThat(last.exitCode()).as(last.console()).isZero();
            assertThat(last.console()).containsOnlyOnce("Took over the run lock")
                    .contains("left STARTED by a process that is gone");
        }
        assertSameOutputs(out);
        Map<String, Long> copies = Arrays.stream(smtp.getReceivedMessages())
                .flatMap(ProcessFaultsIT::subjectAndRecipients)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies.values()).allMatch(count -> count == 1);
        // The message in flight when the process died may have left: it is not sent again (at most once).
        assertThat(copies).hasSizeBetween(outboxOf(reference).size() - 1, outboxOf(reference).size());
    }

    @Test
    void sigtermWhileRenderingStopsTheRunAndTheSameCommandCompletesIt() throws Exception {
        Path out = temp.resolve("out");
        List<String> command = command(temp, out, "outbox");
        JarProcess first = terminatedWhileRendering(command);

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.console()).contains("Stopping run 1: the current step ends at its next checkpoint")
                .contains("revenue-blueprint: run 1 stopped; run the same command again to continue where it stopped")
                .doesNotContain("\tat ");
        assertThat(theSameCommandCompletes(command, out)).contains("Restarting run 1 where it stopped (STOPPED)");
    }

    /**
     * Kubernetes kills a pod whose stop outlasts its grace period. Whether the step was marked stopped before the kill
     * is a race here; `RestartJobTest` sets the store so and recovers it for certain.
     */
    @Test
    void sigtermThenAKillBeforeTheStepStopsAndTheSameCommandStillCompletesIt() throws Exception {
        Path out = temp.resolve("out");
        List<String> command = command(temp, out, "outbox");
        JarProcess first = terminatedWhileRendering(command);
        assertThat(first.awaitLine("Stopping run 1")).as(first.console()).isTrue();
        first.kill();

        assertThat(theSameCommandCompletes(command, out)).containsIgnoringCase("restarting")
                .doesNotContain("already running");
    }

    /** The jar, sent SIGTERM (as Kubernetes stops a pod) once it renders. */
    private JarProcess terminatedWhileRendering(List<String> command) throws Exception {
        JarProcess run = startUntil("renderBlueprints: started", command);
        run.terminate();
        return run;
    }

    /** The same command run again: it exits 0 with the undisturbed run's outputs and mail; its console. */
    private String theSameCommandCompletes(List<String> command, Path out) throws Exception {
        JarProcess second = JarProcess.start(temp.resolve("second.txt"), command);
        assertThat(second.exitCode()).as(second.console()).isZero();
        assertSameOutputs(out);
        assertThat(outboxOf(out)).hasSameSizeAs(outboxOf(reference));
        return second.console();
    }

    @Test
    void aSecondRunOnTheSameFoldersExitsNamingTheFirstWhichCompletes() throws Exception {
        Path out = temp.resolve("out");
        List<String> command = command(temp, out, "outbox");
        JarProcess first = startUntil("computeMetrics: started", command);

        JarProcess second = JarProcess.start(temp.resolve("second.txt"), command);

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.console().lines().toList()).singleElement().asString()
                .startsWith("revenue-blueprint: another run is writing to " + out + " (pid ")
                .endsWith("; wait for it to finish, or give another --out");
        assertThat(first.exitCode()).as(first.console()).isZero();
        assertSameOutputs(out);
    }

    /** H2 in a file admits one process: a listing during a run said "MetaDataAccessException … The file is locked". */
    @Test
    void aListingWhileAnotherProcessHoldsTheEmbeddedDatabaseSaysSo() throws Exception {
        List<String> command = command(temp, temp.resolve("out"), "none");
        List<String> listing = new ArrayList<>(command.subList(command.size() - 3, command.size())); // the database
        listing.add("--runs");
        String url = command.get(command.size() - 3).substring("--spring.datasource.url=".length());

        try (Connection holder = DriverManager.getConnection(url, "sa", "")) {
            JarProcess second = JarProcess.start(temp.resolve("second.txt"), listing);

            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.console().lines().filter(line -> line.startsWith("revenue-blueprint: ")).toList())
                    .singleElement().asString().contains("another process is using the database jdbc:h2:file:")
                    .endsWith("wait for it to finish, or give another --blueprint.data-dir");
        }
    }

    static List<String> command(Path home, Path out, String email) {
        return List.of("--snapshot=" + TINY, "--period=2026-Q3", "--out=" + out, "--email=" + email,
                "--blueprint.import.max-bad-row-ratio=0.9",
                "--spring.datasource.url=jdbc:h2:file:" + home.resolve("db/blueprint") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--spring.datasource.username=sa", "--spring.datasource.password=");
    }

    /** The jar started, once its console shows {@code line}. */
    private JarProcess startUntil(String line, List<String> command) throws Exception {
        JarProcess run = JarProcess.start(Files.createTempFile(temp, "console-", ".txt"), command);
        assertThat(run.awaitLine(line)).as(run.console()).isTrue();
        return run;
    }

    private void killAtTheStartOf(String line, List<String> command) throws Exception {
        JarProcess run = startUntil(line, command);
        if (line.startsWith("deliverBlueprints")) {
            Thread.sleep(1500);
        }
        run.kill();
    }

    private static void assertSameOutputs(Path out) throws IOException {
        for (String file : List.of("metrics.csv", "fixes.csv", "quarantine.csv")) {
            assertThat(out.resolve("2026-Q3").resolve(file)).hasSameTextualContentAs(reference.resolve("2026-Q3").resolve(file));
        }
        assertThat(pdfs(out)).isEqualTo(pdfs(reference));
    }

    private static List<String> pdfs(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("2026-Q3"))) {
            return files.filter(file -> file.toString().endsWith(".pdf"))
                    .map(file -> out.resolve("2026-Q3").relativize(file).toString()).sorted().toList();
        }
    }

    private static List<Path> outboxOf(Path out) throws IOException {
        try (Stream<Path> mails = Files.list(out.resolve("outbox"))) {
            return mails.toList();
        }
    }

    private static Stream<String> subjectAndRecipients(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return Arrays.stream(message.getAllRecipients()).map(recipient -> subject + " to " + recipient);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
