package io.revblueprint.report;

import io.revblueprint.report.layout.ReportTemplates;
import io.revblueprint.report.section.DocumentLayout;

/** One compiled set of templates for all rendering tests, as in a run. */
public final class SharedRenderer {

    public static final ReportTemplates TEMPLATES = DocumentLayout.compile();
    public static final BlueprintRenderer RENDERER = new BlueprintRenderer(TEMPLATES);

    private SharedRenderer() {
    }
}
