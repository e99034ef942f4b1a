package io.revblueprint.report;

import io.revblueprint.delivery.MessageFiles;
import io.revblueprint.delivery.OutgoingMessage;
import io.revblueprint.delivery.WriteFailure;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.email.BlueprintEmail;
import io.revblueprint.report.email.Recipients;
import io.revblueprint.report.section.Answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's documents into its (staging) period folder: each PDF, and beside it the email that delivers it
 * (see {@link MessageFiles}), so delivery sends exactly what was written.
 */
public final class BlueprintDocuments {

    private final BlueprintRenderer renderer;
    private final RunRecords records;
    private final Path folder;
    private final Recipients recipients;

    public BlueprintDocuments(BlueprintRenderer renderer, RunRecords records, Path folder) {
        this.renderer = renderer;
        this.records = records;
        this.folder = folder;
        this.recipients = new Recipients(records.users());
    }

    /** The team's blueprint and its email to the team's leaders. */
    public void writeTeam(String teamId) {
        String period = records.run().period().label();
        TeamBlueprint blueprint = records.team(teamId);
        Path pdf = write(BlueprintFiles.teamPdf(teamId, period), renderer.renderTeam(blueprint));
        writeEmail(pdf, BlueprintEmail.of(teamId, blueprint.teamName(), blueprint.run(), pdf.getFileName().toString(),
                Answer.of(blueprint), recipients.ofTeamBlueprint(teamId, blueprint.plan().fixes(),
                        records.run().executivesReceiveTeamBlueprints())));
    }

    /** The executive summary and its email to the executives, with each planned team's first fix. */
    public void writeExecutiveSummary() {
        ExecutiveSummary summary = records.executiveSummary();
        Path pdf = write(BlueprintFiles.EXECUTIVE_SUMMARY, renderer.renderExecutiveSummary(summary));
        writeEmail(pdf, BlueprintEmail.of(MetricValue.ALL, "Executive summary", summary.run(),
                pdf.getFileName().toString(), Answer.of(summary),
                recipients.ofExecutiveSummary(records.companyPlanFixes())));
    }

    private Path write(String relativePath, byte[] pdf) {
        Path file = folder.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw WriteFailure.of(file, e);
        }
    }

    private static void writeEmail(Path pdf, OutgoingMessage message) {
        MessageFiles.write(MessageFiles.besidePdf(pdf), message);
    }
}
