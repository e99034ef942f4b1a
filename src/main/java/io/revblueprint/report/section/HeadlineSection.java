package io.revblueprint.report.section;

import io.revblueprint.report.chart.RankingChart;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;
import net.sf.jasperreports.engine.JRDataSource;

import java.math.BigDecimal;
import java.util.List;

/** The executive summary's headline: revenue at stake for the company, the company's vital rates, the teams by stake. */
public record HeadlineSection(String finding, JRDataSource tiles, RankingChart chart) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Headline", "templates/sections/headline.jrxml", SectionTemplate.Table.TILES);


    static HeadlineSection of(ExecutiveSummary summary) {
        String currency = summary.run().currency();
        List<TeamRanking> ranked = summary.teams().stream().sorted(RankingRow.MOST_AT_STAKE_FIRST)
                .filter(team -> team.totalRevenueAtStake() != null).toList();
        BigDecimal total = RevenueAtStake.ofTeams(summary.teams());
        return new HeadlineSection(
                SummaryText.forCompany(summary),
                new RecordDataSource(HeadlineTiles.of(total, currency, total == null ? "not estimated in this run"
                        : "across " + Prose.count(summary.teams().size(), "team", "teams"), summary.company())),
                total == null || total.signum() == 0 ? null : new RankingChart(ranked.stream().map(team -> new RankingChart.Bar(
                        team.teamName(), team.totalRevenueAtStake().doubleValue(),
                        Figures.compactMoney(team.totalRevenueAtStake(), currency))).toList()));
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
