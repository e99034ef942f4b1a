package io.revblueprint.report.section;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;

import java.math.BigDecimal;
import java.util.List;

/** The executive summaries' opening sentences, written from figures the plan already decided. */
final class SummaryText {

    private SummaryText() {
    }

    /** "Fixing 3 leaks is worth € 696K a year to Enterprise Sales; first: route high-intent MQLs … (owner Jürgen Müller, due 2026-10-16)." */
    static String forTeam(TeamBlueprint blueprint, FixRows rows) {
        List<Fix> ranked = rows.ranked();
        if (ranked.isEmpty()) {
            return "No revenue leak that needs a fix was found for " + blueprint.teamName()
                    + " in " + blueprint.run().periodLabel() + ".";
        }
        BigDecimal total = RevenueAtStake.ofFixes(ranked);
        Fix first = ranked.get(0);
        String opening = total != null && total.signum() > 0
                ? "Fixing " + Prose.count(ranked.size(), "leak", "leaks") + " is worth "
                        + Figures.compactMoney(total, blueprint.run().currency()) + " a year to " + blueprint.teamName()
                : Prose.count(ranked.size(), "leak", "leaks") + " at " + blueprint.teamName()
                        + (ranked.size() == 1 ? " needs a fix" : " need a fix");
        return opening + "; first: "
                + Prose.lowerFirst(Prose.withoutFullStop(first.action())) + " (owner " + FixRows.owner(first)
                + ", due " + Figures.dateInText(first.dueDate()) + ").";
    }

    /** "4 teams have € 946K a year at stake; the largest share sits with Enterprise Sales (€ 696K)." */
    static String forCompany(ExecutiveSummary summary) {
        BigDecimal total = RevenueAtStake.ofTeams(summary.teams());
        int fixes = summary.teams().stream().mapToInt(TeamRanking::fixCount).sum();
        if (total == null) {
            return Prose.count(summary.teams().size(), "team has", "teams have") + " " + Prose.count(fixes, "fix", "fixes")
                    + " in their roadmaps; revenue at stake was not estimated in this run, so teams are ranked by "
                    + "their number of fixes.";
        }
        if (summary.teams().isEmpty() || total.signum() == 0) {
            return "No team has revenue at stake in " + summary.run().periodLabel() + ".";
        }
        TeamRanking largest = summary.teams().stream().min(RankingRow.MOST_AT_STAKE_FIRST).orElseThrow();
        String currency = summary.run().currency();
        return Prose.count(summary.teams().size(), "team has", "teams have") + " " + Figures.compactMoney(total, currency)
                + " a year at stake; the largest share sits with " + largest.teamName() + " ("
                + Figures.compactMoney(largest.totalRevenueAtStake(), currency) + ").";
    }
}
