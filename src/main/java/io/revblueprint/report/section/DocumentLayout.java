package io.revblueprint.report.section;

import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.ReportTemplates;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A document's master template and the sections it lays out, in order; and how its parameters are filled. */
public enum DocumentLayout {

    TEAM_BLUEPRINT("templates/team-blueprint.jrxml", AnswerSection.TEMPLATE, ScorecardSection.TEMPLATE, FunnelSection.TEMPLATE, WinLossSection.TEMPLATE, BenchmarkSection.TEMPLATE,
            RoadmapSection.TEMPLATE, ProgressSection.TEMPLATE, AppendixSection.TEMPLATE),
    EXECUTIVE_SUMMARY("templates/executive-summary.jrxml", AnswerSection.TEMPLATE, RankingSection.TEMPLATE,
            ScorecardSection.TEMPLATE);

    private final String master;
    private final List<SectionTemplate> sections;

    DocumentLayout(String master, SectionTemplate... sections) {
        this.master = master;
        this.sections = List.of(sections);
    }

    public String master() {
        return master;
    }

    /** Compiles every document's master and sections (loads them, when the build compiled them already). */
    public static ReportTemplates compile() {
        return ReportTemplates.compile(masters(), sections());
    }

    /** Compiles every template into {@code folder} (the build's classes): a run then only loads them. */
    public static void precompile(Path folder) {
        ReportTemplates.precompile(masters(), sections(), folder);
    }

    private static List<String> masters() {
        return Stream.of(values()).map(DocumentLayout::master).toList();
    }

    private static List<SectionTemplate> sections() {
        return Stream.of(values()).flatMap(layout -> layout.sections.stream()).distinct().toList();
    }

    /** The master's parameters: the running title, each section's data under its template's name, the compiled subreports. */
    Map<String, Object> parameters(String runningTitle, List<Section> sections, ReportTemplates templates) {
        List<SectionTemplate> given = sections.stream().map(Section::template).toList();
        if (!given.equals(this.sections)) {
            throw new IllegalArgumentException(this + " lays out " + this.sections + ", not " + given);
        }
        Map<String, Object> parameters = new HashMap<>(templates.subreports());
        parameters.put("RunningTitle", runningTitle);
        sections.forEach(section -> parameters.put(section.template().parameter(), RecordDataSource.of((Record) section)));
        return parameters;
    }
}
