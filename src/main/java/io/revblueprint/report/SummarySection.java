package io.revblueprint.report;

import net.sf.jasperreports.engine.JRDataSource;

import java.util.List;

/** A team blueprint's executive summary: what to do first, the headline findings, the figures, the top 3 fixes. */
record SummarySection(String finding, JRDataSource findings, JRDataSource tiles, JRDataSource topFixes) {

    static final int TOP_FIXES = 3;

    /** {@code headlines} are the opening sentences of the analysis sections, in their order. */
    static SummarySection of(TeamBlueprint blueprint, List<String> headlines) {
        FixRows rows = new FixRows(blueprint);
        return new SummarySection(
                SummaryText.forTeam(blueprint, rows),
                new RecordDataSource(headlines.stream().map(Bullet::new).toList()),
                new RecordDataSource(HeadlineTiles.of(RevenueAtStake.ofFixes(blueprint.fixes()), blueprint.run().currency(),
                        "across " + Prose.count(blueprint.fixes().size(), "fix", "fixes") + " in the roadmap",
                        blueprint.metrics())),
                new RecordDataSource(rows.rows(TOP_FIXES)));
    }
}
