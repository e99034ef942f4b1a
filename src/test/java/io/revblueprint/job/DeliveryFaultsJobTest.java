package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail servers as they fail at night: one that accepts the connection and never answers, then the same address
 * working again; and a users.csv address that is not one address. No hang, nobody mailed twice, everyone else mailed.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:delivery-faults;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9",
        "spring.mail.properties[mail.smtp.connectiontimeout]=1000",
        "spring.mail.properties[mail.smtp.timeout]=1000",
        "blueprint.delivery.attempts=2",
        "blueprint.delivery.retry-pause=50ms"})
class DeliveryFaultsJobTest {

    private static ServerSocket silent;
    private static final List<Socket> held = new CopyOnWriteArrayList<>();
    /** 0: connections are accepted and never answered; else they are passed on to an SMTP server on this port. */
    private static volatile int answeringPort;
    /** When set, connections talk SMTP and confirm this many messages' data, then none; counts the messages taken. */
    private static volatile Integer confirmations;
    /** When set, that server never answers QUIT either. */
    private static volatile boolean quitUnanswered;
    private static final AtomicInteger messagesTaken = new AtomicInteger();

    @TempDir
    static Path temp;

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    @BeforeAll
    static void silentServer() throws IOException {
        silent = new ServerSocket(0);
        Thread accepting = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    Socket connection = silent.accept();
                    held.add(connection);
                    if (confirmations != null) {
                        takeConfirmingFirst(connection, confirmations);
                    } else if (answeringPort != 0) {
                        passOn(connection, new Socket("127.0.0.1", answeringPort));
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
    }

    /**
     * Answers SMTP; past the first {@code confirmed} messages, says nothing after a message's data: it may or may not
     * have left.
     */
    private static void takeConfirmingFirst(Socket client, int confirmed) {
        Thread conversation = new Thread(() -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), US_ASCII));
                Writer out = new OutputStreamWriter(client.getOutputStream(), US_ASCII);
                out.write("220 slow.example ESMTP\r\n");
                out.flush();
                boolean inData = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (inData) {
                        if (line.equals(".")) {
                            inData = false;
                            if (messagesTaken.incrementAndGet() <= confirmed) {
                                out.write("250 queued\r\n");
                                out.flush();
                            }
                        }
                        continue;
                    }
                    inData = line.equalsIgnoreCase("DATA");
                    boolean quit = line.equalsIgnoreCase("QUIT");
                    if (!(quit && quitUnanswered)) {
                        out.write(inData ? "354 go ahead\r\n" : quit ? "221 bye\r\n" : "250 ok\r\n");
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // the client gave up waiting
            }
        });
        conversation.setDaemon(true);
        conversation.start();
    }

    /** Copies bytes both ways between a client and the answering server, until either side closes. */
    private static void passOn(Socket client, Socket server) {
        held.add(server);
        for (Socket[] pair : new Socket[][] {{client, server}, {server, client}}) {
            Thread copy = new Thread(() -> {
                try {
                    pair[0].getInputStream().transferTo(pair[1].getOutputStream());
                    pair[1].shutdownOutput();
                } catch (IOException closed) {
                    // one side went away: nothing more to copy
                }
            });
            copy.setDaemon(true);
            copy.start();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        silent.close();
        for (Socket connection : held) {
            connection.close();
        }
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> silent.getLocalPort());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aServerThatNeverAnswersFailsTheRunNamingItAndARerunSendsOnlyWhatWasNotSent() throws Exception {
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", temp.resolve("out"), List.of(),
                "SMTP", false);

        JobExecution first = launcher.launch(run);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(first.getAllFailureExceptions()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("5 messages were not delivered: ")
                .contains("SMTP 127.0.0.1:" + silent.getLocalPort() + ": ", "timed out", "(after 2 attempts)")
                // The first message paid every attempt; the others were not tried against a server that never answers.
                .contains("not tried, as the server could not be reached for an earlier message")
                .endsWith("No message of this period is known to have been delivered; run the same command again to send"
                        + " only the undelivered ones");
        // --runs said "5" emails for this run, none of which left.
        assertThat(launcher.recentRuns()).filteredOn(record -> record.runId() == first.getJobInstance().getInstanceId())
                .singleElement().extracting(RunRecord::emails).isEqualTo(0L);

        restartWithTheServerWorking(run, 5,
                restarted -> assertCountsEveryAttempt(restarted, run.out().resolve("2026-Q3")));
    }

    /**
     * A run whose mail failed, restarted with --email=none, failed on the old failures at every restart: the run
     * stayed FAILED for good. It completes now, and the next run sends what was not sent.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRestartAskedForNoEmailCompletesARunWhoseMailFailedAndTheNextRunSendsIt() throws Exception {
        Path out = temp.resolve("unmailed");
        String days = "2026-07-03..2026-09-30"; // a period of its own: the tests share the delivery log
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, days, out, List.of(), "SMTP", false);
        JobExecution failed = launcher.launch(run);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        JobExecution unmailed = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, days, out, List.of(),
                "NONE", false));

        assertThat(unmailed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(unmailed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        restartWithTheServerWorking(run, 5, restarted -> { });
    }

    /** A restart asked for the outbox went on failing over the broken server, and said nothing of it. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRestartAskedForTheOutboxWritesWhatTheServerDidNotTake() throws Exception {
        Path out = temp.resolve("to-outbox");
        String days = "2026-07-04..2026-09-30"; // a period of its own: the tests share the delivery log
        JobExecution failed = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, days, out, List.of(), "SMTP",
                false));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        JobExecution written = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, days, out, List.of(),
                "OUTBOX", false));

        assertThat(written.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(written.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        try (Stream<Path> messages = Files.list(out.resolve("outbox"))) {
            assertThat(messages).hasSize(5);
        }
    }

    /**
     * The same command again, the address now answering: it completes, sending {@code received} messages and
     * {@code checks} holding, and once more sends nobody twice.
     */
    private void restartWithTheServerWorking(RunParameters run, int received, ThrowingConsumer<JobExecution> checks)
            throws Exception {
        GreenMail working = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        working.start();
        answeringPort = working.getSmtp().getPort();
        try {
            JobExecution restarted = launcher.launch(run);
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(working.getReceivedMessages()).hasSize(received);
            checks.accept(restarted);
            assertThat(launcher.launch(run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(working.getReceivedMessages()).as("nobody twice").hasSize(received);
        } finally {
            working.stop();
            answeringPort = 0;
        }
    }

    /** The restart ran delivery only: the summary and --runs still count what the first attempt wrote. */
    private void assertCountsEveryAttempt(JobExecution restarted, Path period) throws IOException {
        long metricRows = Files.readAllLines(period.resolve("metrics.csv")).size() - 1;
        long teamPdfs;
        try (Stream<Path> pdfs = Files.find(period, 2, (file, attributes) -> file.toString().endsWith(".pdf"))) {
            teamPdfs = pdfs.count() - 1;
        }
        assertThat(metricRows).isPositive();
        assertThat(teamPdfs).isPositive();
        assertThat(restarted.getExecutionContext().getString(RunKeys.SUMMARY))
                .contains(teamPdfs + " team blueprint PDF", "metrics.csv: " + metricRows + " rows");
        assertThat(launcher.recentRuns()).filteredOn(record -> record.runId() == restarted.getJobInstance().getInstanceId())
                .singleElement().satisfies(record -> {
                    assertThat(record.pdfs()).isEqualTo(teamPdfs + 1);
                    assertThat(record.emails()).isEqualTo(5);
                });
    }

    /**
     * A slow server got every message three times: a message it took and never confirmed is not tried again, nor
     * sent again by the rerun; the messages after it are not tried, and the rerun sends those.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMessageTheServerTookAndNeverConfirmedIsNotSentAgain() throws Exception {
        // Q3 by its days: the other tests mail 2026-Q3 through the same ledger.
        RunParameters run = overSmtp("2026-07-01..2026-09-30", "unconfirmed-out");
        JobExecution first = launchConfirmingFirst(0, run);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(messagesTaken).as("taken once, not once per attempt").hasValue(1);
        assertThat(first.getAllFailureExceptions()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("4 messages were not delivered: ")
                .contains("not tried, as the server did not confirm an earlier message in time",
                        ". 1 may have been delivered and is not sent again (--force resends): ",
                        "SMTP 127.0.0.1:" + silent.getLocalPort() + ": the server did not answer within 1 s once"
                                + " the message was under way")
                .endsWith("run the same command again to send only the undelivered ones");

        restartWithTheServerWorking(run, 4, restarted -> assertThat(restarted.getExecutionContext()
                .getString(RunKeys.SUMMARY)).contains("4 sent, 0 already delivered earlier; 1 may have been delivered and"
                + " is not sent again (--force resends): "));
    }

    /** --runs said 16 emails for a run that delivered 12 of 13: a restarted step's count goes on from its attempt's. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRestartedRunCountsEachMessageItDeliveredOnce() throws Exception {
        // Q3 but its last three days: a ledger period of its own.
        RunParameters run = overSmtp("2026-07-01..2026-09-27", "counted-out");
        JobExecution first = launchConfirmingFirst(2, run);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        // As a kill during delivery leaves it: the step itself failed, so its restart goes on from its count.
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ? AND STEP_NAME ="
                + " 'deliverBlueprints'", first.getId());
        double sentBefore = registry.counter("blueprint.emails.sent").count();

        restartWithTheServerWorking(run, 2, restarted -> assertThat(launcher.recentRuns())
                .filteredOn(record -> record.runId() == restarted.getJobInstance().getInstanceId())
                .singleElement().extracting(RunRecord::emails).as("2, then 2 of the 3 left: 1 went unconfirmed")
                .isEqualTo(4L));
        assertThat(registry.counter("blueprint.emails.sent").count() - sentBefore).as("the restart's own").isEqualTo(2);
    }

    /** The summary read "4 sent, -1 already delivered earlier" when the run's last message went unconfirmed. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunWhoseLastMessageWentUnconfirmedCountsOnlyTheDeliveredAsSent() throws Exception {
        // Q3 but its last day: a ledger period of its own.
        RunParameters run = overSmtp("2026-07-01..2026-09-29", "last-unconfirmed-out");

        JobExecution completed = launchConfirmingFirst(4, run);

        assertThat(completed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(completed.getExecutionContext().getString(RunKeys.SUMMARY)).contains("email (smtp): 4 sent, 0"
                + " already delivered earlier; 1 may have been delivered and is not sent again (--force resends): ");
    }

    /** Spring reports a server that accepted the message and stalled on QUIT as a failed send. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMessageAcceptedBeforeTheServerStalledOnQuitIsDelivered() throws Exception {
        // Q3 but its last two days: a ledger period of its own.
        RunParameters run = overSmtp("2026-07-01..2026-09-28", "quit-out");
        quitUnanswered = true;
        JobExecution completed;
        try {
            completed = launchConfirmingFirst(Integer.MAX_VALUE, run);
        } finally {
            quitUnanswered = false;
        }

        assertThat(completed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(messagesTaken).as("each once").hasValue(5);
        assertThat(completed.getExecutionContext().getString(RunKeys.SUMMARY))
                .contains("email (smtp): 5 sent, 0 already delivered earlier").doesNotContain("may have been");
    }

    /** A run of the tiny snapshot over the period's days (one of its own: the tests share the ledger), mailed. */
    private RunParameters overSmtp(String days, String folder) {
        return new RunParameters(TinySnapshotJobTest.TINY, days, temp.resolve(folder), List.of(), "SMTP", false);
    }

    private JobExecution launchConfirmingFirst(int confirmed, RunParameters run) throws Exception {
        messagesTaken.set(0);
        confirmations = confirmed;
        try {
            return launcher.launch(run);
        } finally {
            confirmations = null;
        }
    }

    @Test
    void anAddressThatIsNotOneAddressGetsNoMailAndEveryoneElseDoes() throws Exception {
        Path snapshot = TinySnapshotCopy.into(temp.resolve("bad-address"));
        Path users = snapshot.resolve("users.csv");
        Files.writeString(users, Files.readString(users).replace("rita@tiny.example",
                "\"rita@tiny.example\nBcc: everyone@evil.example\""));

        // Forced: the other test of this class already mailed 2026-Q3 through the same ledger.
        JobExecution run = launcher.launch(new RunParameters(snapshot, "2026-Q3", temp.resolve("bad-address-out"),
                List.of(), "OUTBOX", true));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        try (Stream<Path> outbox = Files.list(temp.resolve("bad-address-out/outbox"))) {
            assertThat(outbox.map(path -> path.getFileName().toString()).toList())
                    .isNotEmpty().noneMatch(name -> name.contains("rita") || name.contains("evil"))
                    .anyMatch(name -> name.contains("juergen")).anyMatch(name -> name.contains("mia"));
        }
    }

    @Test
    void aMessageLeftSendingByAKilledRunIsCheckedNotSentTwice() throws Exception {
        Path out = temp.resolve("killed-out");
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "OUTBOX", true);
        assertThat(launcher.launch(run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path written = out.resolve("outbox/2026-q3__t-ber__juergen@tiny.example.eml");
        Path lost = out.resolve("outbox/2026-q3__t-nyc__mia@tiny.example.eml");
        long writtenAt = Files.getLastModifiedTime(written).toMillis();
        // As a process killed between the ledger's "sending" and the message leaving leaves them:
        jdbc.update("UPDATE delivery_log SET status = 'SENDING' WHERE recipient IN (?, ?) AND period_label = ?",
                "juergen@tiny.example", "mia@tiny.example", "2026-Q3");
        Files.delete(lost);

        assertThat(launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "OUTBOX",
                false)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(lost).as("not written before the kill: written now").exists();
        assertThat(Files.getLastModifiedTime(written).toMillis()).as("written before the kill: kept").isEqualTo(writtenAt);
        assertThat(jdbc.queryForList("SELECT status FROM delivery_log WHERE period_label = '2026-Q3'", String.class))
                .containsOnly("SENT");
    }


}
