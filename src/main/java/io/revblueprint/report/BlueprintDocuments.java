package io.revblueprint.report;

import io.revblueprint.delivery.MessageFiles;
import io.revblueprint.delivery.OutgoingMessage;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.report.email.BlueprintEmail;
import io.revblueprint.report.email.EmailDigest;
import io.revblueprint.report.email.Recipients;
import io.revblueprint.report.text.Figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

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
        Path pdf = write(BlueprintFiles.teamPdf(teamId, period), renderer.renderTeam(records.team(teamId)));
        List<Fix> fixes = records.plans().containsKey(teamId) ? records.plans().get(teamId).fixes() : List.of();
        writeEmail(pdf, BlueprintEmail.of(teamId, records.teams().get(teamId).name(), period, periodTitle(),
                pdf.getFileName().toString(), EmailDigest.headlines(teamId, records.metrics()),
                EmailDigest.topFixes(fixes),
                recipients.ofTeamBlueprint(teamId, fixes, records.run().executivesReceiveTeamBlueprints())));
    }

    /** The executive summary and its email to the executives, with each planned team's first fix. */
    public void writeExecutiveSummary() {
        String period = records.run().period().label();
        Path pdf = write(BlueprintFiles.EXECUTIVE_SUMMARY, renderer.renderExecutiveSummary(records.executiveSummary()));
        writeEmail(pdf, BlueprintEmail.of(MetricValue.ALL, "Executive summary", period, periodTitle(),
                pdf.getFileName().toString(),
                EmailDigest.headlines(MetricValue.ALL, records.metrics()), EmailDigest.topFixes(topFixPerTeam()),
                recipients.ofExecutiveSummary(records.companyPlanFixes())));
    }

    /** Each planned team's rank-1 fix, the largest revenue at stake first (the digest keeps this order). */
    private List<Fix> topFixPerTeam() {
        return records.plans().values().stream()
                .map(TeamPlan::fixes).filter(fixes -> !fixes.isEmpty()).map(fixes -> fixes.get(0))
                .sorted(Comparator.comparing((Fix fix) -> fix.revenueAtStake() == null ? BigDecimal.ZERO
                        : fix.revenueAtStake()).reversed())
                .toList();
    }

    private String periodTitle() {
        return Figures.period(records.run().period().label(), records.run().dataUntil());
    }

    private Path write(String relativePath, byte[] pdf) {
        Path file = folder.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeEmail(Path pdf, OutgoingMessage message) {
        MessageFiles.write(MessageFiles.besidePdf(pdf), message);
    }
}
