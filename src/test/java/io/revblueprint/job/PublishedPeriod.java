package io.revblueprint.job;

import io.revblueprint.delivery.OutgoingMessage;
import io.revblueprint.history.PlanHistory;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.report.BlueprintFiles;
import io.revblueprint.report.RenderedPdf;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One whole run of a written snapshot and what it published, opened as a reader opens it: fixes.csv and metrics.csv,
 * the PDFs' text, the email beside each PDF and the outbox.
 */
record PublishedPeriod(JobExecution execution, Path out, String period) {

    /** Writes {@code snapshot} under {@code folder}, runs the job on it for {@code period} and checks it completed. */
    static PublishedPeriod run(BlueprintLauncher launcher, PlanSnapshots.Snapshot snapshot, Path folder, String period,
                               String email) throws Exception {
        Path written = snapshot.write(folder.resolve("snapshot"));
        Path out = folder.resolve("out");
        JobExecution execution = launcher.launch(new RunParameters(written, period, out, List.of(), email, false));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return new PublishedPeriod(execution, out, period);
    }

    TeamPlan plan(PlanHistory history, String teamId) {
        return history.plansOf(execution.getJobInstance().getInstanceId()).get(teamId);
    }

    List<CSVRecord> fixes() throws IOException {
        return TinySnapshotJobTest.read(folder().resolve("fixes.csv"));
    }

    List<CSVRecord> fixesOf(String teamId) throws IOException {
        return fixes().stream().filter(row -> row.get("scope").equals(teamId)).toList();
    }

    List<CSVRecord> metricsOf(String teamId) throws IOException {
        return TinySnapshotJobTest.read(folder().resolve("metrics.csv")).stream()
                .filter(row -> row.get("scope").equals(teamId)).toList();
    }

    /** The team's PDF as one line of prose. */
    String teamPdf(String teamId) throws IOException {
        try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(folder().resolve(teamPdfPath(teamId))))) {
            return pdf.prose();
        }
    }

    /** The team's PDF's text with its line breaks, to see what wraps. */
    String teamPdfLines(String teamId) throws IOException {
        try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(folder().resolve(teamPdfPath(teamId))))) {
            return pdf.text();
        }
    }

    /** Page 1 of the team's PDF, the answer. */
    String teamPdfAnswer(String teamId) throws IOException {
        try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(folder().resolve(teamPdfPath(teamId))))) {
            return pdf.prose(1);
        }
    }

    String executiveSummary() throws IOException {
        try (RenderedPdf pdf = new RenderedPdf(Files.readAllBytes(folder().resolve(BlueprintFiles.EXECUTIVE_SUMMARY)))) {
            return pdf.prose();
        }
    }

    /** The email written beside the team's PDF. */
    OutgoingMessage teamEmail(String teamId) throws IOException {
        String pdf = teamPdfPath(teamId);
        return JsonMapper.builder().build().readValue(Files.readString(
                folder().resolve(pdf.substring(0, pdf.length() - ".pdf".length()) + ".email.json")), OutgoingMessage.class);
    }

    /** The plain-text body of the team's email, non-breaking spaces as spaces. */
    String teamEmailText(String teamId) throws IOException {
        return teamEmail(teamId).text().replace('\u00A0', ' ');
    }

    /** The names of the .eml files delivery wrote to the outbox. */
    List<String> outbox() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("outbox"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    MimeMessage outboxMessage(String fileName) throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("outbox").resolve(fileName))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private Path folder() {
        return out.resolve(period);
    }

    private String teamPdfPath(String teamId) {
        return BlueprintFiles.teamPdf(teamId, period);
    }
}
