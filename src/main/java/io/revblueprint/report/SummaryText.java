package io.revblueprint.report;

import io.revblueprint.plan.Fix;

import java.math.BigDecimal;
import java.util.Comparator;

/** The executive summary's opening sentences, written from figures the plan already decided. */
final class SummaryText {

    private SummaryText() {
    }

    static String forTeam(TeamBlueprint blueprint) {
        if (blueprint.fixes().isEmpty()) {
            return "No revenue leak that needs a fix was found for " + blueprint.teamName()
                    + " in " + blueprint.periodLabel() + ".";
        }
        BigDecimal total = RevenueAtStake.ofFixes(blueprint.fixes());
        Fix first = blueprint.fixes().stream().min(Comparator.comparingInt(Fix::rank)).orElseThrow();
        return "Fixing " + count(blueprint.fixes().size(), "leak", "leaks") + " is worth "
                + Figures.money(total, blueprint.currency()) + " a year to " + blueprint.teamName() + ". First: "
                + withoutFullStop(first.action()) + " (owner: " + owner(first) + ").";
    }

    static String forCompany(ExecutiveSummary summary) {
        BigDecimal total = RevenueAtStake.ofTeams(summary.teams());
        if (summary.teams().isEmpty() || total.signum() == 0) {
            return "No team has revenue at stake in " + summary.periodLabel() + ".";
        }
        TeamRanking largest = summary.teams().stream().min(RankingRow.MOST_AT_STAKE_FIRST).orElseThrow();
        return count(summary.teams().size(), "team has", "teams have") + " " + Figures.money(total, summary.currency())
                + " a year at stake. The largest share sits with " + largest.teamName() + " ("
                + Figures.money(largest.totalRevenueAtStake(), summary.currency()) + ").";
    }

    private static String owner(Fix fix) {
        return fix.ownerName() == null ? FixRow.role(fix.ownerRole()) : fix.ownerName();
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
