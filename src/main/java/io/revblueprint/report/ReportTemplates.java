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
    // Master parameter name → template it receives: the section subreports, and the tables and tiles they nest.
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("CoverReport", "templates/sections/cover.jrxml"),
            Map.entry("SummaryReport", "templates/sections/summary.jrxml"),
            Map.entry("ScorecardReport", "templates/sections/scorecard.jrxml"),
            Map.entry("FunnelReport", "templates/sections/funnel.jrxml"),
            Map.entry("WinLossReport", "templates/sections/win-loss.jrxml"),
            Map.entry("BenchmarksReport", "templates/sections/benchmarks.jrxml"),
            Map.entry("RoadmapReport", "templates/sections/roadmap.jrxml"),
            Map.entry("ProgressReport", "templates/sections/progress.jrxml"),
            Map.entry("AppendixReport", "templates/sections/appendix.jrxml"),
            Map.entry("HeadlineReport", "templates/sections/headline.jrxml"),
            Map.entry("RankingReport", "templates/sections/ranking.jrxml"),
            Map.entry("TilesTable", "templates/tables/headline-tiles.jrxml"),
            Map.entry("BulletTable", "templates/tables/bullet-list.jrxml"),
            Map.entry("FixTable", "templates/tables/fix-table.jrxml"),
            Map.entry("ScorecardTable", "templates/tables/scorecard-table.jrxml"),
            Map.entry("SourceTable", "templates/tables/source-table.jrxml"),
            Map.entry("RateTable", "templates/tables/rate-table.jrxml"),
            Map.entry("BenchmarkTable", "templates/tables/benchmark-table.jrxml"),
            Map.entry("ProgressTable", "templates/tables/progress-table.jrxml"),
            Map.entry("HealthTable", "templates/tables/health-table.jrxml"),
            Map.entry("TermTable", "templates/tables/term-table.jrxml"),
            Map.entry("RankingTable", "templates/tables/team-ranking-table.jrxml"));

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
