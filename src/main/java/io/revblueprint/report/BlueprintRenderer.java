package io.revblueprint.report;

import io.revblueprint.plan.Fix;

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

    public BlueprintRenderer(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public byte[] renderTeam(TeamBlueprint blueprint) {
        byte[] pdf = jasper.render(templates.teamBlueprint(blueprint.run().paperSize()),
                TeamBlueprintParameters.of(blueprint, templates));
        return finisher.finish(pdf, DocumentInfo.of(blueprint),
                Attachment.csvFiles(blueprint.metrics().current(), blueprint.plan().fixes()));
    }

    public byte[] renderExecutiveSummary(ExecutiveSummary summary) {
        byte[] pdf = jasper.render(templates.executiveSummary(summary.run().paperSize()),
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
