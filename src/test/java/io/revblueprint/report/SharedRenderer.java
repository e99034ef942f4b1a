package io.revblueprint.report;

/** One compiled set of templates for all rendering tests, as in a run. */
final class SharedRenderer {

    static final ReportTemplates TEMPLATES = ReportTemplates.compile();
    static final BlueprintRenderer RENDERER = new BlueprintRenderer(TEMPLATES);

    private SharedRenderer() {
    }
}
