package io.revblueprint.report;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.layout.ReportTemplates;
import io.revblueprint.report.pdf.Attachment;
import io.revblueprint.report.pdf.DocumentInfo;
import io.revblueprint.report.pdf.JasperPdf;
import io.revblueprint.report.pdf.PdfFinisher;
import io.revblueprint.report.section.DocumentLayout;
import io.revblueprint.report.section.ExecutiveSummaryParameters;
import io.revblueprint.report.section.RankingRow;
import io.revblueprint.report.section.TeamBlueprintParameters;

import java.util.List;
import java.util.Objects;

/**
 * Renders a team's Revenue Growth Blueprint and the company's executive summary as finished PDFs: fonts embedded,
 * "Page x of y", one bookmark per section, document information and XMP, and the shown rows attached as CSV.
 * Thread-safe; share one instance (and its compiled templates) across a run.
 */
public final class BlueprintRenderer {

    private final ReportTemplates templates;
    private final JasperPdf jasper = new JasperPdf();
    private final PdfFinisher finisher = new PdfFinisher();

    BlueprintRenderer(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** A renderer with every document's templates compiled (the slow part: once per run). */
    public static BlueprintRenderer compile() {
        return new BlueprintRenderer(DocumentLayout.compile());
    }

    public byte[] renderTeam(TeamBlueprint blueprint) {
        byte[] pdf = jasper.render(templates.master(DocumentLayout.TEAM_BLUEPRINT.master(), blueprint.run().paperSize()),
                TeamBlueprintParameters.of(blueprint, templates));
        return finisher.finish(pdf, DocumentInfo.of(blueprint),
                Attachment.csvFiles(blueprint.metrics().current(), blueprint.plan().fixes()));
    }

    public byte[] renderExecutiveSummary(ExecutiveSummary summary) {
        byte[] pdf = jasper.render(templates.master(DocumentLayout.EXECUTIVE_SUMMARY.master(), summary.run().paperSize()),
                ExecutiveSummaryParameters.of(summary, templates));
        return finisher.finish(pdf, DocumentInfo.of(summary),
                Attachment.csvFiles(summary.company().current(), topFixes(summary)));
    }

    /** The executive summary shows each team's top fix, so those are the fixes it carries. */
    private static List<Fix> topFixes(ExecutiveSummary summary) {
        return summary.teams().stream()
                .sorted(RankingRow.MOST_AT_STAKE_FIRST)
                .map(TeamRanking::topFix)
                .filter(Objects::nonNull)
                .toList();
    }
}
