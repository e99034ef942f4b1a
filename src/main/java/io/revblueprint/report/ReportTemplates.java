package io.revblueprint.report;

import net.sf.jasperreports.engine.JasperReport;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compiled report templates of a run. Compiling is the slow part of rendering, so it happens once here and
 * every team's PDF reuses the result. Masters exist once per {@link PaperSize}; the sections are size-independent.
 */
public final class ReportTemplates {

    private static final String TEAM_BLUEPRINT = "templates/team-blueprint.jrxml";
    private static final String EXECUTIVE_SUMMARY = "templates/executive-summary.jrxml";
    // Master parameter name → section template it receives.
    private static final Map<String, String> SECTIONS = Map.of(
            "CoverReport", "templates/sections/cover.jrxml",
            "TilesReport", "templates/sections/headline-tiles.jrxml",
            "ScorecardReport", "templates/sections/scorecard-table.jrxml",
            "FixTableReport", "templates/sections/fix-table.jrxml",
            "RankingReport", "templates/sections/team-ranking-table.jrxml");

    private final Map<PaperSize, JasperReport> teamBlueprint;
    private final Map<PaperSize, JasperReport> executiveSummary;
    private final Map<String, JasperReport> sections;

    private ReportTemplates(Map<PaperSize, JasperReport> teamBlueprint,
                            Map<PaperSize, JasperReport> executiveSummary,
                            Map<String, JasperReport> sections) {
        this.teamBlueprint = Map.copyOf(teamBlueprint);
        this.executiveSummary = Map.copyOf(executiveSummary);
        this.sections = Map.copyOf(sections);
    }

    /** Loads and compiles every template from the classpath ({@code templates/…}). */
    public static ReportTemplates compile() {
        TemplateCompiler compiler = new TemplateCompiler();
        return new ReportTemplates(
                compiler.compileForEachPaperSize(TEAM_BLUEPRINT),
                compiler.compileForEachPaperSize(EXECUTIVE_SUMMARY),
                compileSections(compiler));
    }

    private static Map<String, JasperReport> compileSections(TemplateCompiler compiler) {
        return SECTIONS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> compiler.compile(entry.getValue())));
    }

    JasperReport teamBlueprint(PaperSize size) {
        return teamBlueprint.get(size);
    }

    JasperReport executiveSummary(PaperSize size) {
        return executiveSummary.get(size);
    }

    /** The compiled sections keyed by the master parameter that receives them. */
    Map<String, JasperReport> sections() {
        return sections;
    }
}
