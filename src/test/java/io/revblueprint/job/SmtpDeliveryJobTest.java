package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery over real SMTP (GreenMail): one message per leader, the PDF attached, nothing sent twice. */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:smtp;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9",
        "blueprint.delivery.from=RevOps <revops@tiny.example>"})
class SmtpDeliveryJobTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    }

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path out;

    @Test
    void sendsEachLeaderTheirTeamsBlueprintOnce() throws Exception {
        RunParameters run = new RunParameters(TinySnapshotJobTest.TINY, "2026-Q3", out, List.of(), "SMTP", false);

        assertThat(launcher.launch(run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        MimeMessage[] received = smtp.getReceivedMessages();

        // The leaders get their team's blueprint; Rita (RevOps) owns each team's data fix and the company plan for
        // unowned leads, so she gets both blueprints and the executive summary that holds the plan.
        assertThat(received).hasSize(5);
        assertThat(Arrays.stream(received).map(this::recipient)).containsExactlyInAnyOrder("juergen@tiny.example",
                "mia@tiny.example", "rita@tiny.example", "rita@tiny.example", "rita@tiny.example");
        MimeMessage toBerlin = Arrays.stream(received)
                .filter(message -> recipient(message).equals("juergen@tiny.example")).findFirst().orElseThrow();
        assertThat(toBerlin.getSubject()).isEqualTo("Revenue Growth Blueprint — Berlin Sales — 2026-Q3");
        assertThat(toBerlin.getFrom()[0].toString()).contains("revops@tiny.example");
        assertThat(TinySnapshotJobTest.pdfAttachments(toBerlin)).singleElement()
                .satisfies(pdf -> assertThat(pdf.getFileName()).isEqualTo("revenue-growth-blueprint-T-BER-2026-Q3.pdf"));

        assertThat(launcher.launch(run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).as("a repeated run sends nothing again").hasSize(5);
    }

    /** Written to the outbox (SMTP not set up yet), then "0 sent, 5 already delivered earlier" once it was. */
    @Test
    void messagesOnlyWrittenToTheOutboxAreMailedOnceSmtpIsUsed() throws Exception {
        String days = "2026-07-01..2026-09-30";
        JobExecution outbox = launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, days, out.resolve("first"),
                List.of(), "OUTBOX", false));
        RunParameters mailed = new RunParameters(TinySnapshotJobTest.TINY, days, out.resolve("second"), List.of(),
                "SMTP", false);

        assertThat(outbox.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(launcher.launch(mailed).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(launcher.launch(mailed).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).as("mailed once").hasSize(5);
    }

    /** A forced QBR copy written to a laptop's outbox made the next nightly mail all 13 leaders again. */
    @Test
    void aForcedCopyWrittenToTheOutboxAfterTheMailDoesNotMakeTheNextRunMailAgain() throws Exception {
        String days = "2026-07-02..2026-09-30"; // a period of its own: the tests share the delivery log
        RunParameters nightly = new RunParameters(TinySnapshotJobTest.TINY, days, out.resolve("nightly"), List.of(),
                "SMTP", false);
        assertThat(launcher.launch(nightly).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, days, out.resolve("qbr"), List.of(),
                "OUTBOX", true)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(out.resolve("qbr/outbox")).isNotEmptyDirectory();

        assertThat(launcher.launch(nightly).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).as("mailed once").hasSize(5);
    }

    /**
     * The partial week's blueprint used up the week's one message: the complete one, once the week was over, was
     * "already delivered" to everyone who had the partial one.
     */
    @Test
    void theCompleteBlueprintIsMailedAfterAPartialOneOnceEach(@TempDir Path later) throws Exception {
        String days = "2026-07-04..2026-10-31"; // a period of its own: the tests share the delivery log
        RunParameters partial = new RunParameters(TinySnapshotJobTest.TINY, days, out.resolve("partial"), List.of(),
                "SMTP", false);
        assertThat(launcher.launch(partial).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(launcher.launch(partial).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).as("the partial blueprint, once").hasSize(5).extracting(this::subject)
                .allMatch(subject -> subject.endsWith("(partial, data up to 1 Oct 2026)"));

        FileSystemUtils.copyRecursively(TinySnapshotJobTest.TINY, later);
        Files.writeString(later.resolve("snapshot.json"), Files.readString(later.resolve("snapshot.json"))
                .replace("2026-10-01T06:00:00Z", "2026-11-02T06:00:00Z"));
        RunParameters complete = new RunParameters(later, days, out.resolve("complete"), List.of(), "SMTP", false);
        assertThat(launcher.launch(complete).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(launcher.launch(complete).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(smtp.getReceivedMessages()).as("and the complete one, once").hasSize(10).extracting(this::subject)
                .filteredOn(subject -> subject.endsWith(days)).hasSize(5);
    }

    /** The CRM wrote Juergen's address in capitals one night: he got the quarter's blueprint a second time. */
    @Test
    void anAddressWrittenInOtherCaseTheNextNightIsNotMailedAgain(@TempDir Path nextNight) throws Exception {
        String days = "2026-07-05..2026-09-30"; // a period of its own: the tests share the delivery log
        assertThat(launcher.launch(new RunParameters(TinySnapshotJobTest.TINY, days, out.resolve("first"), List.of(),
                "SMTP", false)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        FileSystemUtils.copyRecursively(TinySnapshotJobTest.TINY, nextNight);
        Files.writeString(nextNight.resolve("users.csv"), Files.readString(nextNight.resolve("users.csv"))
                .replace("juergen@tiny.example", "Juergen@Tiny.example"));

        assertThat(launcher.launch(new RunParameters(nextNight, days, out.resolve("next"), List.of(), "SMTP", false))
                .getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).as("mailed once").hasSize(5);
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
