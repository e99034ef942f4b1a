package io.revblueprint.report;

import net.sf.jasperreports.engine.JRDataSource;

import java.math.BigDecimal;
import java.util.List;

/** The executive summary's headline: revenue at stake for the company, the company's vital rates, the teams by stake. */
record HeadlineSection(String finding, JRDataSource tiles, RankingChart chart) {

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
}
