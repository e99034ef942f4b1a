package io.revblueprint.report.section;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Prose;
import net.sf.jasperreports.engine.JRDataSource;

import java.math.BigDecimal;
import java.util.List;

/** A team blueprint's executive summary: what to do first, the headline findings, the figures, the top 3 fixes. */
public record SummarySection(String finding, JRDataSource findings, JRDataSource tiles, String topFixesTitle,
                      JRDataSource topFixes) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Summary", "templates/sections/summary.jrxml", SectionTemplate.Table.BULLETS, SectionTemplate.Table.TILES, SectionTemplate.Table.FIXES);


    static final int TOP_FIXES = 3;

    /** {@code headlines} are the opening sentences of the analysis sections, in their order. */
    static SummarySection of(TeamBlueprint blueprint, List<String> headlines) {
        FixRows rows = new FixRows(blueprint);
        List<Fix> fixes = blueprint.plan().fixes();
        int shown = Math.min(TOP_FIXES, fixes.size());
        BigDecimal total = RevenueAtStake.ofFixes(fixes);
        return new SummarySection(
                SummaryText.forTeam(blueprint, rows),
                new RecordDataSource(headlines.stream().map(Bullet::new).toList()),
                new RecordDataSource(HeadlineTiles.of(total, blueprint.run().currency(),
                        total == null ? "not estimated in this run"
                                : fixes.isEmpty() ? "no fix in the roadmap"
                                : "across " + Prose.count(fixes.size(), "fix", "fixes") + " in the roadmap",
                        blueprint.metrics())),
                shown == 0 ? "" : shown == 1 ? "Top fix" : "Top " + shown + " fixes",
                new RecordDataSource(rows.rows(TOP_FIXES)));
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
